/** The teachers' page in English: objectives, the lesson plan, the title slide's note, extra questions. */
import type { TeachContent } from "../teach.ts";

export const teach: TeachContent = {
  objectives: [
    "Tell trafficking, smuggling and irregular migration apart, using the act, the means and the purpose.",
    "Explain why consent and crossing a border matter for smuggling but not for trafficking.",
    "Describe how India's land borders with Bangladesh, Nepal and Myanmar differ, and why that matters to people who cross them.",
    "Read a figure critically: say what kind of number it shows (registered cases, an estimate, an official figure) and where it comes from.",
    "Discuss why people who were trafficked may not seek help, and what laws, treaties and organisations do in response.",
  ],
  lessonPlan: [
    {
      minutes: 5,
      title: "Opening",
      what: "Show the title slide, read the content note aloud and point to the helplines. Ask what students think the difference between trafficking and smuggling is; write two or three answers on the board.",
      href: "/present/",
      linkText: "Slides",
    },
    {
      minutes: 15,
      title: "The story in slides",
      what: "Go through the slides, one chapter at a time. Stop at one discussion question per chapter (below) rather than all of them.",
      href: "/present/",
      linkText: "Slides",
    },
    {
      minutes: 15,
      title: "Exercise in pairs",
      what: "Pairs work through the scenarios on a phone or a printed copy: classify each one and mark the elements present. Ask them to agree before they check.",
      href: "/exercise/",
      linkText: "Exercise",
    },
    {
      minutes: 7,
      title: "Debrief",
      what: "Use the answer key. Take the scenarios pairs disagreed on first. Bring out two points: consent does not undo trafficking, and trafficking needs no border.",
      href: "/exercise/key/",
      linkText: "Answer key",
    },
    {
      minutes: 3,
      title: "Exit ticket",
      what: "Each student writes one sentence that tells trafficking and smuggling apart, and one question they still have.",
    },
  ],
  titleNote:
    "Introduce the topic gently: it is about people who were exploited. Read the content note aloud, tell the class that no one in the deck can be identified, and point to the helplines on this slide.",
  extraQuestions: {},
};
