/**
 * The exercise's island: checks answers against the key in each scenario's <details>, keeps them in
 * localStorage, scores them (src/lib/classroom/scoring.ts) and dates the printed worksheet. Its words come
 * from the page's data attributes.
 */
import { fill } from "../lib/classroom/fill.ts";
import { mark, parseAnswers, score, type Answer, type Key } from "../lib/classroom/scoring.ts";

const STORE = "crossings-exercise-v1";

const load = (): Record<string, Answer> => {
  try {
    return parseAnswers(localStorage.getItem(STORE));
  } catch {
    return {};
  }
};
const save = (s: Record<string, Answer>) => {
  try {
    localStorage.setItem(STORE, JSON.stringify(s));
  } catch {
    /* Storage can be off (private mode); the exercise still works for this visit. */
  }
};

const root = document.querySelector<HTMLElement>("[data-exercise]");
if (root) {
  const words = (name: string) => root.dataset[name] ?? "";
  root.classList.add("is-live");

  // The printed worksheet's footer carries the day it was printed (today, in the page's language).
  // The build cannot know the day, so the page holds an empty slot and the <time> is made here (an empty
  // <time> would be invalid HTML).
  const slot = root.querySelector<HTMLElement>("[data-today]");
  if (slot) {
    const now = new Date();
    const today = document.createElement("time");
    today.dateTime = now.toISOString().slice(0, 10);
    today.textContent = now.toLocaleDateString(root.dataset["intl"] || [], {
      day: "numeric",
      month: "long",
      year: "numeric",
    });
    slot.replaceChildren(today);
    root.querySelector<HTMLElement>("[data-today-row]")?.removeAttribute("hidden");
  }
  // Printed, the footer sits in every page's bottom margin (exercise.css reads it from --ws-footer).
  const footer = root.querySelector<HTMLElement>(".ws-footer")?.textContent?.replace(/\s+/g, " ").trim();
  if (footer) document.documentElement.style.setProperty("--ws-footer", JSON.stringify(footer));

  const articles = [...root.querySelectorAll<HTMLElement>("[data-scenario]")];
  const scoreBox = root.querySelector<HTMLElement>("[data-score-box]");
  const scoreText = root.querySelector<HTMLElement>("[data-score-text]");
  const privacy = root.querySelector<HTMLElement>("[data-privacy]");
  if (scoreBox) scoreBox.hidden = false;
  if (privacy) privacy.hidden = false;
  let saved = load();

  const keyOf = (a: HTMLElement): Key & { details: HTMLElement } => {
    const d = a.querySelector<HTMLElement>("details.ex-answer")!;
    return {
      details: d,
      answer: d.dataset["answer"] ?? "",
      elements: (d.dataset["elements"] ?? "").split(" ").filter(Boolean),
    };
  };
  const keys = Object.fromEntries(articles.map((a) => [a.dataset["scenario"] ?? "", keyOf(a)]));
  const labelOf = (form: HTMLFormElement, value: string) =>
    form.querySelector<HTMLElement>(`input[value="${CSS.escape(value)}"] + span`)?.dataset["label"] ?? value;

  const updateScore = () => {
    const s = score(keys, saved);
    if (scoreText)
      scoreText.textContent = s.answered
        ? fill(words("score"), { right: s.right, answered: s.answered, total: s.total })
        : words("noAnswers");
    if (scoreBox) scoreBox.dataset["right"] = String(s.right);
  };

  const feedback = (a: HTMLElement, given: Answer, focus: boolean) => {
    const form = a.querySelector<HTMLFormElement>("form[data-form]")!;
    const box = form.querySelector<HTMLElement>("[data-feedback]")!;
    const key = keyOf(a);
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const result = mark(
      key,
      given,
      boxes.map((b) => b.value),
    );
    box.replaceChildren();
    box.dataset["result"] = result.right ? "right" : "wrong";
    const head = document.createElement("p");
    head.className = "ex-verdict";
    head.textContent = result.right
      ? fill(words("right"), { answer: labelOf(form, key.answer) })
      : fill(words("wrong"), { given: labelOf(form, given.answer), answer: labelOf(form, key.answer) });
    const list = document.createElement("ul");
    list.className = "ex-element-feedback";
    result.elements.forEach((r, i) => {
      const li = document.createElement("li");
      li.dataset["match"] = String(r.match);
      const name = boxes[i]?.parentElement?.querySelector("strong")?.textContent ?? r.element;
      const state = words(r.present ? "present" : "notPresent");
      const note = r.match ? "" : ` ${words(r.marked ? "youMarked" : "youDidNot")}`;
      li.textContent = `${r.match ? "✓" : "✗"} ${fill(words("element"), { name, state })}${note}`;
      list.append(li);
    });
    const count = document.createElement("p");
    count.textContent = fill(words("elementsCount"), { right: result.elementsRight, total: boxes.length });
    const why = document.createElement("p");
    why.className = "ex-explanation";
    why.textContent = key.details.querySelector(".ex-explanation")?.textContent ?? "";
    const more = document.createElement("p");
    const link = key.details.querySelector<HTMLAnchorElement>("a");
    if (link) more.append(link.cloneNode(true));
    box.append(head, list, count, why, more);
    box.hidden = false;
    if (focus) box.focus();
  };

  for (const a of articles) {
    const id = a.dataset["scenario"]!;
    const form = a.querySelector<HTMLFormElement>("form[data-form]")!;
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const answer = data.get(`answer-${id}`);
      if (typeof answer !== "string") return;
      const given: Answer = { answer, elements: data.getAll(`element-${id}`).map(String) };
      saved = { ...saved, [id]: given };
      save(saved);
      feedback(a, given, true);
      updateScore();
    });
    const prior = saved[id];
    if (prior) {
      form
        .querySelector<HTMLInputElement>(`input[type="radio"][value="${CSS.escape(prior.answer)}"]`)
        ?.click();
      form
        .querySelectorAll<HTMLInputElement>('input[type="checkbox"]')
        .forEach((cb) => (cb.checked = prior.elements.includes(cb.value)));
      feedback(a, prior, false);
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
