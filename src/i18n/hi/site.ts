/** The site's frame: its name, navigation, footer, and the small components every page uses. */
export const site: typeof import("../en/site.ts").site = {
  name: "Crossings",
  tagline: "भारत की सीमाओं के पार और भारत के भीतर अनियमित प्रवासन, दुर्व्यापार और प्रवासियों की तस्करी",
  description:
    "भारत की बांग्लादेश, नेपाल और म्यांमार से लगी सीमाओं पर अनियमित प्रवासन, मानव दुर्व्यापार और प्रवासियों की तस्करी आपस में कैसे जुड़ते हैं: स्रोतों पर आधारित नक्शों और चार्टों के साथ एक दृश्य निबंध।",
  /** The title of the home page, in the browser tab and search results. */
  homeTitle: "Crossings: भारत में अनियमित प्रवासन, दुर्व्यापार और प्रवासियों की तस्करी",
  pageTitle: (title: string) => `${title} · Crossings`,
  skip: "सीधे सामग्री पर जाएँ",
  navLabel: "साइट",
  nav: {
    essay: "निबंध",
    charts: "चार्ट",
    present: "प्रस्तुति",
    exercise: "अभ्यास",
    teach: "शिक्षकों के लिए",
    data: "डेटा",
    sources: "स्रोत",
    about: "हमारे बारे में",
  },
  /** The language switch: "Read this page in …" for each other language. */
  languages: "भाषाएँ",
  readIn: (language: string) => `यह पृष्ठ ${language} में पढ़ें`,
  footer: {
    retells: (citation: string) => `Crossings इस लेख को अपने शब्दों में दोबारा कहता है: ${citation}`,
    everyFigure: "हर चित्र अपने स्रोत से जुड़ा है; सभी स्रोत यहाँ हैं:",
    sourcesPage: "स्रोत पृष्ठ",
    licences: (code: string, content: string) =>
      `कोड: ${code}। पाठ, चार्ट और प्रोजेक्ट का अपना डेटा: ${content}। मूल स्रोतों के लाइसेंस यहाँ दिए गए हैं:`,
    aboutPage: "हमारे बारे में",
  },
  copy: "कॉपी हो गया",
  dataLabel: (caption: string) => `डेटा: ${caption}`,
  /** The 404 page's hint when a chart or map id is unknown; {id} is filled in by the browser, as text. */
  unknownFigure: "“{id}” नाम का कोई चार्ट या नक्शा नहीं है।",
  embedDescription: (title: string) => `${title}: Crossings का एक चार्ट, जिसे आप अपनी साइट में एम्बेड कर सकते हैं।`,
};
