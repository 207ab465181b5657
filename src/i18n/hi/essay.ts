/**
 * The essay page (/hi/): its introduction, reading modes, step navigation and the words its islands say.
 * `{name}` placeholders are filled in where the value is known (by the page, or by the island).
 */
export const essay: typeof import("../en/essay.ts").essay = {
  /** Under the site's name at the top of the essay. */
  tagline: "भारत की सीमाओं के पार और भारत के भीतर अनियमित प्रवासन, दुर्व्यापार और प्रवासियों की तस्करी",
  /** The line under the title; {author}, {title} and {term} become elements (the title is a <cite>). */
  byline:
    "{author} के लेख {title} का पुनर्कथन, हमारे अपने शब्दों में और स्रोतों पर आधारित नक्शों और चार्टों के साथ। लेख “अवैध प्रवासन” कहता है; हम {term} कहते हैं: उन काग़ज़ों के बिना सीमा पार करना या कहीं रुकना, जो कोई देश माँगता है।",
  bylineTerm: "अनियमित प्रवासन",
  toc: "अध्याय",
  modes: {
    label: "पढ़ने का तरीक़ा",
    scroll: "स्क्रॉल",
    steps: "एक-एक चरण",
    stacked: "पाठ और चित्र साथ-साथ",
    /** Announced when the mode changes; {mode} is one of the three names above. */
    announce: "पढ़ने का तरीक़ा: {mode}",
  },
  hint: {
    text: "स्क्रॉल करें, और चित्र पाठ के साथ-साथ बदलता जाएगा। या “एक-एक चरण” चुनें: उसमें “अगला” और “पिछला” बटन हैं, और तीर वाली कुंजियाँ भी काम करती हैं।",
    dismiss: "ठीक है",
  },
  nav: {
    label: "चरण",
    previous: "पिछला",
    next: "अगला",
    /** {n} and {total} are filled in by the island. */
    position: "चरण {n} (कुल {total})",
  },
  /** {n} and {total} are filled in by the island. */
  chapterOf: "अध्याय {n} (कुल {total})",
  /** Announced when the figure changes; {title} is filled in by the island. */
  figureLive: "चित्र: {title}",
  /** Under a figure that a step keeps from the step before it (its notes and sources are shown there). */
  asBefore: "पिछले चरण वाला ही चित्र: उसकी टिप्पणियाँ और स्रोत वहीं दिए गए हैं।",
  /** The disclosure under a figure beside the text. */
  notesAndSources: "टिप्पणियाँ और स्रोत",
  tips: {
    /** The touch sheet that holds a tapped mark's details. */
    sheet: "जिस निशान पर आपने टैप किया, उसका विवरण",
    close: "बंद करें",
  },
};
