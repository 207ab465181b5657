/**
 * Short definitions for the glossary component (`<Term id>`), in the project's own words. Terms, not figures:
 * nothing here is a number. Every locale defines the same ids.
 */
export const glossary = {
  "irregular-migration": {
    term: "irregular migration",
    definition:
      "Moving into, through or out of a country outside its rules: crossing without papers, or staying after a visa ends. The paper calls it illegal migration.",
  },
  trafficking: {
    term: "human trafficking",
    definition:
      "Moving, recruiting or holding a person by force, deception or abuse of their vulnerability, in order to exploit them. A border need not be crossed.",
  },
  smuggling: {
    term: "migrant smuggling",
    definition:
      "Helping someone enter a country irregularly in return for money or another material benefit. The person usually agrees, and it always involves a border.",
  },
  palermo: {
    term: "Palermo Protocols",
    definition:
      "The protocols that supplement the UN convention against transnational organised crime: on trafficking in persons and on migrant smuggling (both adopted in 2000), and a third, on firearms (2001). This essay is about the first two.",
  },
  "four-ps": {
    term: "the 4 Ps",
    definition:
      "Prevention, protection, prosecution and partnership: the four kinds of anti-trafficking work that reports use to sort who does what.",
  },
  "debt-bondage": {
    term: "debt bondage",
    definition:
      "Work demanded to pay off a debt that is kept impossible to repay, so that the worker cannot leave.",
  },
  ahtu: {
    term: "Anti-Human Trafficking Unit",
    definition:
      "A police unit in an Indian district or state set up to investigate trafficking and rescue people.",
  },
  bns: {
    term: "Bharatiya Nyaya Sanhita",
    definition: "India's criminal code since 1 July 2024, replacing the Indian Penal Code of 1860.",
  },
  "non-refoulement": {
    term: "non-refoulement",
    definition:
      "The rule that no one may be sent back to a place where they face persecution or serious harm.",
  },
};
