/**
 * The exercise's scenarios in English. Every one is fictional: written by the project to teach the definitions,
 * with no real person, case or place-specific detail that could identify anyone or serve as a guide to crossing.
 * Every other language tells the same scenarios, in the same order, with the same answers and elements.
 */
import type { Scenario } from "../schema.ts";

export const scenarios: readonly Scenario[] = [
  {
    id: "the-brokers-fee",
    title: "The broker's fee",
    text: "A 32-year-old man from a district in Bangladesh pays a broker to get him into India without papers so that he can look for building work. The broker takes him across and leaves him at a railway station. He finds a job by himself, is paid the agreed wage and is free to leave whenever he wants.",
    answer: "smuggling",
    elements: { act: true, means: false, purpose: false, consent: true, border: true },
    explanation:
      "Someone was paid to arrange his entry into a country where he had no right to enter: that is smuggling. There was no threat, trick or exploitation afterwards, so nothing here makes it trafficking. Smuggling is an offence against the state's border; the man agreed to it and the broker's role ended at the station.",
  },
  {
    id: "the-hotel-job",
    title: "The hotel job",
    text: "A 19-year-old woman in a hill district of Nepal is offered work at a hotel in an Indian city by a recruiter from a nearby town. She travels with him by bus and crosses the open border, which Nepali citizens may do freely. In the city her phone is taken, she is told she owes the cost of the trip, and she is forced to sell sex.",
    answer: "trafficking",
    elements: { act: true, means: true, purpose: true, consent: false, border: true },
    explanation:
      "All three parts of the trafficking definition are here: the act (she was recruited and moved), the means (a lie about the job, then a made-up debt and control of her phone) and the purpose (sexual exploitation). She agreed to travel, but agreement won by deception does not count. The crossing was lawful, so this is not smuggling.",
  },
  {
    id: "the-advance",
    title: "The advance",
    text: "A man from a village in Odisha accepts a cash advance to work at a brick kiln in another Indian state, together with his wife and children. At the kiln the advance turns into a debt that grows faster than his pay. The owner's men stop the family from leaving until the debt is cleared.",
    answer: "trafficking",
    elements: { act: true, means: true, purpose: true, consent: false, border: false },
    explanation:
      "He was recruited and moved (act), held through debt bondage and threats (means) for forced labour (purpose). No border was crossed: trafficking does not need one, and people are trafficked from one Indian state to another. Without a border there can be no smuggling.",
  },
  {
    id: "walking-to-relatives",
    title: "Walking to relatives",
    text: "A woman from a township in Myanmar's Chin State flees fighting near her home and walks to the house of relatives in Mizoram. She carries no passport or visa. No one arranges the journey for her and no one is paid.",
    answer: "neither",
    elements: { act: false, means: false, purpose: false, consent: true, border: true },
    explanation:
      "She crossed a border without papers: that is irregular migration, not a crime committed against her. No one procured her entry for money, so it is not smuggling, and no one recruited or exploited her, so it is not trafficking. She may need protection as a refugee, and her irregular status could make her a target later.",
  },
  {
    id: "paid-passage-unpaid-work",
    title: "A paid passage, then unpaid work",
    text: "A group of adults from a refugee camp pay a smuggler for a boat passage across the Bay of Bengal. When they land, the smuggler's partners hold them and say the fare has doubled. Those whose families cannot pay are made to work on fishing boats without pay and are not allowed ashore.",
    answer: "both",
    elements: { act: true, means: true, purpose: true, consent: false, border: true },
    explanation:
      "It began as smuggling: the passengers paid to be taken across a border irregularly and agreed to it. It became trafficking when they were held (act: harbouring), threatened and kept by force (means) and made to work without pay (purpose: forced labour). Consent to a journey is not consent to being exploited at its end.",
  },
  {
    id: "the-apprentice",
    title: "The apprentice",
    text: "The parents of a 15-year-old boy in a Nepali village agree that a family acquaintance will take him to learn embroidery at a workshop in India. No one is forced and the crossing is lawful. At the workshop he works fourteen hours a day, is not paid and is not allowed to go home.",
    answer: "trafficking",
    elements: { act: true, means: false, purpose: true, consent: false, border: true },
    explanation:
      "For a child, the law needs only the act (he was recruited and moved) and the purpose (exploitation through forced labour); no threat or trick has to be shown. His parents' agreement does not make it lawful, and a child cannot consent to being exploited. The crossing was lawful, so there was no smuggling.",
  },
  {
    id: "staying-on",
    title: "Staying on",
    text: "A student from a neighbouring country enters India on a valid student visa. When her course ends she does not leave, and takes a job in a shop that pays the usual wage. Nobody helped her stay and nobody controls her.",
    answer: "neither",
    elements: { act: false, means: false, purpose: false, consent: true, border: true },
    explanation:
      "She entered lawfully and then overstayed, so she is now an irregular migrant. No one profited from getting her in and no one exploits her: this is neither smuggling nor trafficking. Most irregular migration looks like this, which is why the essay keeps the three words apart.",
  },
  {
    id: "the-forged-visa",
    title: "The forged visa",
    text: "A 28-year-old man in an Indian city pays an agent for a forged work visa to a Gulf country, knowing that it is false. He flies out, is let in, and takes a job he found through a friend. His employer pays him and he keeps his own passport.",
    answer: "smuggling",
    elements: { act: true, means: false, purpose: false, consent: true, border: true },
    explanation:
      "The agent procured his illegal entry into another country for money: that is smuggling, here out of India rather than into it. The man agreed, knew what he was paying for and was not exploited afterwards, so it is not trafficking.",
  },
  {
    id: "the-wedding",
    title: "The wedding",
    text: "A 20-year-old woman in a district of Assam is promised marriage to a well-off man in another state. A go-between takes her there, where the family that paid him makes her work in their house and fields without pay and will not let her contact her parents.",
    answer: "trafficking",
    elements: { act: true, means: true, purpose: true, consent: false, border: false },
    explanation:
      "She was recruited and moved (act) by deception about the marriage and then confined (means) for forced domestic and farm labour (purpose). Money changed hands for control over her. No international border was crossed, so there is no smuggling; trafficking within India is still trafficking.",
  },
  {
    id: "winter-work",
    title: "Winter work",
    text: "Every winter a man from Nepal's Terai crosses the open border to work as a cook in an Indian hill town. His cousin found him the job. He is paid on time, has a day off each week and goes home when the season ends.",
    answer: "neither",
    elements: { act: false, means: false, purpose: false, consent: true, border: true },
    explanation:
      "Under the 1950 treaty, Nepali citizens may live and work in India, so his movement is lawful, not even irregular. A relative helping him find work is not recruitment for exploitation, and no one profits from his crossing. This is ordinary labour migration.",
  },
  {
    id: "the-journey-debt",
    title: "The journey debt",
    text: "A 24-year-old woman from Bangladesh pays a broker to take her into India, hoping to work in a garment factory. On the other side the broker hands her to a man who says she now owes him for the journey. He takes her documents and forces her to sell sex to pay it off.",
    answer: "both",
    elements: { act: true, means: true, purpose: true, consent: false, border: true },
    explanation:
      "Her paid, agreed irregular crossing was smuggling. Once she was handed over (act: transfer), controlled through a debt and the loss of her documents (means) and sexually exploited (purpose), it became trafficking. Her irregular status makes it harder for her to ask for help, a pattern the paper describes.",
  },
  {
    id: "the-kidney-broker",
    title: "The kidney broker",
    text: "A farm worker in southern India who owes money to a lender is approached by a broker offering cash for one of his kidneys. The broker takes him to a private clinic in another city. When he says he has changed his mind, he is told his family will suffer if he backs out.",
    answer: "trafficking",
    elements: { act: true, means: true, purpose: true, consent: false, border: false },
    explanation:
      "Removal of organs is one of the purposes named in the trafficking definition. He was recruited and moved (act) by abuse of his debt and then threats (means). The cash offer does not make his agreement real once he is threatened. No border was crossed, so it cannot be smuggling.",
  },
  {
    id: "to-school-with-an-uncle",
    title: "To school with an uncle",
    text: "Parents in a border district of Bangladesh pay a man to take their 14-year-old son across to his uncle in India, without papers, so that he can go to school there. The boy arrives, lives with his uncle and goes to school.",
    answer: "smuggling",
    elements: { act: true, means: false, purpose: false, consent: false, border: true },
    explanation:
      "The man procured the boy's irregular entry for money: that is smuggling, and children can be smuggled too. There is no purpose of exploitation, so it is not trafficking. Because he is a child, his own consent is not what the law looks at; what matters is that the smuggler profited from an irregular crossing.",
  },
  {
    id: "the-factory-raid",
    title: "The factory raid",
    text: "Police enter a factory and find adult workers from Bangladesh who have no papers. They had paid an agent to get them into India to work. At the factory their identity cards were taken, their wages were held back and they were locked in at night. The workers are charged with entering India illegally.",
    answer: "both",
    elements: { act: true, means: true, purpose: true, consent: false, border: true },
    explanation:
      "The paid, agreed crossing was smuggling; the factory is trafficking: the workers were received and held (act), controlled by taking their cards and locking them in (means) for forced labour (purpose). Charging them only as irregular migrants misses that they were trafficked, a gap the essay returns to in its chapter on the law.",
  },
];
