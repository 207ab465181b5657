/**
 * The exercise "Trafficking or smuggling?": scoring, feedback and answers kept on the device.
 * Checks answers against the key in each scenario's <details>, keeps them in localStorage, and scores.
 * Imported by the `<script>` of src/pages/exercise/index.astro.
 */
const KEY = "crossings-exercise-v1";
type Saved = Record<string, { answer: string; elements: string[] }>;

const load = (): Saved => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? "{}") as Saved;
  } catch {
    return {};
  }
};
const save = (s: Saved) => {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* Storage can be off (private mode); the exercise still works for this visit. */
  }
};

const root = document.querySelector<HTMLElement>(".exercise");
if (root) {
  root.classList.add("is-live");
  const articles = [...root.querySelectorAll<HTMLElement>("[data-scenario]")];
  const scoreBox = root.querySelector<HTMLElement>("[data-score]");
  const scoreText = root.querySelector<HTMLElement>("[data-score-text]");
  const privacy = root.querySelector<HTMLElement>("[data-privacy]");
  if (scoreBox) scoreBox.hidden = false;
  if (privacy) privacy.hidden = false;
  let saved = load();

  const keyOf = (a: HTMLElement) => {
    const d = a.querySelector<HTMLElement>("details.ex-answer")!;
    return {
      details: d,
      answer: d.dataset["answer"] ?? "",
      elements: (d.dataset["elements"] ?? "").split(" ").filter(Boolean),
    };
  };
  const labelOf = (form: HTMLFormElement, value: string) =>
    form.querySelector(`input[value="${value}"] + span`)?.firstChild?.textContent?.trim() ?? value;

  const updateScore = () => {
    const answered = articles.filter((a) => saved[a.dataset["scenario"] ?? ""]);
    const right = answered.filter((a) => saved[a.dataset["scenario"]!]!.answer === keyOf(a).answer);
    if (scoreText)
      scoreText.textContent = answered.length
        ? `${right.length} of ${answered.length} answered correctly (${articles.length} scenarios in all).`
        : "No answers yet.";
    if (scoreBox) scoreBox.dataset["right"] = String(right.length);
  };

  const feedback = (a: HTMLElement, answer: string, marked: string[], focus: boolean) => {
    const form = a.querySelector<HTMLFormElement>("form[data-form]")!;
    const box = form.querySelector<HTMLElement>("[data-feedback]")!;
    const key = keyOf(a);
    const ok = answer === key.answer;
    box.replaceChildren();
    box.dataset["result"] = ok ? "right" : "wrong";
    const head = document.createElement("p");
    head.className = "ex-verdict";
    head.textContent = ok
      ? `Right: ${labelOf(form, key.answer)}.`
      : `Not quite. You said ${labelOf(form, answer)}; the answer is ${labelOf(form, key.answer)}.`;
    const list = document.createElement("ul");
    list.className = "ex-element-feedback";
    let elementsRight = 0;
    form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((cb) => {
      const present = key.elements.includes(cb.value);
      const mine = marked.includes(cb.value);
      if (present === mine) elementsRight += 1;
      const li = document.createElement("li");
      li.dataset["match"] = String(present === mine);
      const name = cb.parentElement?.querySelector("strong")?.textContent ?? cb.value;
      li.textContent = `${present === mine ? "✓" : "✗"} ${name}: ${present ? "present" : "not present"}${present === mine ? "" : mine ? " (you marked it)" : " (you did not mark it)"}`;
      list.append(li);
    });
    const count = document.createElement("p");
    count.textContent = `Elements: ${elementsRight} of ${ELEMENT_COUNT} as in the key.`;
    const why = document.createElement("p");
    why.className = "ex-explanation";
    why.textContent = key.details.querySelector(".ex-explanation")?.textContent ?? "";
    const link = key.details.querySelector<HTMLAnchorElement>("a")!.cloneNode(true) as HTMLAnchorElement;
    const more = document.createElement("p");
    more.append(link);
    box.append(head, list, count, why, more);
    box.hidden = false;
    if (focus) box.focus();
  };
  const ELEMENT_COUNT = articles[0]?.querySelectorAll('input[type="checkbox"]').length ?? 5;

  for (const a of articles) {
    const id = a.dataset["scenario"]!;
    const form = a.querySelector<HTMLFormElement>("form[data-form]")!;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const answer = new FormData(form).get(`answer-${id}`);
      if (typeof answer !== "string") return;
      const marked = new FormData(form).getAll(`element-${id}`).map(String);
      saved = { ...saved, [id]: { answer, elements: marked } };
      save(saved);
      feedback(a, answer, marked, true);
      updateScore();
    });
    const prior = saved[id];
    if (prior) {
      form.querySelector<HTMLInputElement>(`input[type="radio"][value="${prior.answer}"]`)?.click();
      form
        .querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
        .forEach((cb) => (cb.checked = prior.elements.includes(cb.value)));
      feedback(a, prior.answer, prior.elements, false);
    }
  }
  root.querySelector("[data-reset]")?.addEventListener("click", () => {
    saved = {};
    save(saved);
    for (const a of articles) {
      a.querySelector<HTMLFormElement>("form[data-form]")?.reset();
      const box = a.querySelector<HTMLElement>("[data-feedback]");
      if (box) {
        box.hidden = true;
        box.replaceChildren();
      }
    }
    updateScore();
  });
  updateScore();
}

// A module, so that its top-level names stay its own.
export {};
