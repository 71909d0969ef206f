package event_test

import "testing"

// de15Cases are German reports whose actor the sentence leaves to the
// article (issue #5, round evde15): an organ of state named without its
// state ("Die Polizei", "das Militär") and passives that name no agent,
// read by the one country the article is about. Each has a twin where the
// article or the sentence says otherwise. The sentences are written for
// the tests.
var de15Cases = []extractCase{
	// organs of state without their state
	{name: "the police of the one country the article names", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Die Polizei nahm am Montag zwanzig Demonstranten fest.",
		want: []want{{typ: "COERCE", actor: "HUN"}}},
	{name: "the army of the one country the article names", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Myanmar ist angespannt. Das Militär beschoss am Dienstag Stellungen der Rebellen.",
		want: []want{{typ: "ASSAULT", actor: "MMR"}}},
	{name: "the opposition of the one country the article names", lang: "de", dct: "2025-07-31",
		text: "In Georgien wird im Herbst gewählt. Die Opposition warf dem Innenminister am Montag Wahlbetrug vor.",
		want: []want{{typ: "ACCUSE", actor: "GEO"}}},
	{name: "the parliament of the one country the article names", lang: "de", dct: "2025-07-31",
		text: "Schweden debattiert über die Rente. Das Parlament lehnte den Antrag der Regierung am Mittwoch ab.",
		want: []want{{typ: "REJECT", actor: "SWE"}}},
	{name: "a government named long after its country", lang: "de", dct: "2025-07-31",
		text: "Peru steht vor schweren Monaten. Die Inflation steigt. Die Preise steigen weiter. Die Regierung lehnte die Forderungen der Gewerkschaften ab.",
		want: []want{{typ: "REJECT", actor: "PER"}}},
	{name: "an article about two countries gives the police no state", lang: "de", dct: "2025-07-31",
		text: "Griechenland und die Türkei streiten über Inseln. Die Polizei nahm zwei Männer fest.",
		none: []string{"COERCE"}},
	{name: "a genitive organ of an event noun stays unsaid", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Der Kampf der Opposition gegen die Regierung geht weiter.",
		none: []string{"ASSAULT"}},
	{name: "police that help victims give no aid of a state", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Die Polizei half den Opfern des Unwetters.",
		none: []string{"AID"}},
	{name: "a state named by an adjective on the organ is its own", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Die serbische Polizei nahm am Montag zwanzig Flüchtlinge fest.",
		want: []want{{typ: "COERCE", actor: "SRB"}}},
	// passives with no agent
	{name: "an arrest with no agent in an article about one state", lang: "de", dct: "2025-07-31",
		text: "Nordkorea testet wieder Raketen. Pjöngjang droht den USA. Nordkorea meldet Erfolge. Ein japanischer Journalist wurde am Montag festgenommen.",
		want: []want{{typ: "COERCE", actor: "PRK", target: "JPN"}}},
	{name: "a sentence of years of prison with no agent", lang: "de", dct: "2025-07-31",
		text: "Nordkorea testet wieder Raketen. Pjöngjang droht den USA. Nordkorea meldet Erfolge. Ein kanadischer Pastor wurde zu zehn Jahren Haft verurteilt.",
		want: []want{{typ: "COERCE", actor: "PRK", target: "CAN"}}},
	{name: "a destination is not where the arrest was", lang: "de", dct: "2025-07-31",
		text: "Nordkorea testet wieder Raketen. Pjöngjang droht den USA. Nordkorea meldet Erfolge. Bei der Ausreise nach Peking wurde ein Tourist festgenommen.",
		want: []want{{typ: "COERCE", actor: "PRK"}}},
	{name: "an article's articles and phrases before the one sentenced", lang: "de", dct: "2025-07-31",
		text: "Ein wegen Spionage in Nordkorea festgenommener US-Student ist zu 15 Jahren Arbeitslager verurteilt worden.",
		want: []want{{typ: "COERCE", actor: "PRK", target: "USA"}}},
	{name: "a killing with no agent and no state has no actor", lang: "de", dct: "2025-07-31",
		text: "Zwei Soldaten wurden am Montag bei einem Gefecht getötet.",
		none: []string{"ASSAULT"}},
	// event nouns: a possessive of the subject, a cancelled visit, a
	// compound of a charge
	{name: "a visit owned by the subject", lang: "de", dct: "2025-07-31",
		text: "Der französische Präsident Emmanuel Macron kehrte am Montag von seinem Besuch in Ägypten zurück.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "Emmanuel Macron", target: "EGY"}}},
	{name: "a visit owned by someone other than the subject", lang: "de", dct: "2025-07-31",
		text: "Angela Merkel lobte seinen Besuch in Ägypten.",
		none: []string{"CONSULT"}},
	{name: "a cancelled trip is denied", lang: "de", dct: "2025-07-31",
		text: "Am Abend sagte der französische Präsident Emmanuel Macron seine Reise nach Ägypten ab.",
		want: []want{{typ: "CONSULT", mode: "visit", actor: "Emmanuel Macron", modality: "negated"}}},
	{name: "a compound of a charge", lang: "de", dct: "2025-07-31",
		text: "Die rumänische Staatsanwaltschaft hat Korruptionsanklagen gegen den Bürgermeister von Bukarest erhoben.",
		want: []want{{typ: "ACCUSE", actor: "ROU"}}},
	// a separable verb's particle before an infinitive without its comma
	{name: "an accusation with its infinitive after the particle", lang: "de", dct: "2025-07-31",
		text: "Der polnische Präsident wirft Russland vor zu lügen.",
		want: []want{{typ: "ACCUSE", actor: "POL", target: "RUS"}}},
	{name: "a demand with its infinitive after the particle", lang: "de", dct: "2025-07-31",
		text: "Der polnische Präsident forderte Russland auf zu verhandeln.",
		want: []want{{typ: "REQUEST", actor: "POL", target: "RUS"}}},
	{name: "a sentence of years and months", lang: "de", dct: "2025-07-31",
		text: "Nordkorea testet wieder Raketen. Pjöngjang droht den USA. Nordkorea meldet Erfolge. Ein kanadischer Pastor war zu zehn Jahren und einem Monat Haft verurteilt worden.",
		want: []want{{typ: "COERCE", actor: "PRK", target: "CAN"}}},
	{name: "prosecutors fighting a verdict assault no one", lang: "de", dct: "2025-07-31",
		text: "Die Lage in Ungarn bleibt gespannt. Die Staatsanwaltschaft bekämpft das Urteil.",
		none: []string{"ASSAULT"}},
	{name: "an arrest in a place the knowledge base cannot put in a country", lang: "de", dct: "2025-07-31",
		text: "Nordkorea testet wieder Raketen. Pjöngjang droht den USA. Nordkorea meldet Erfolge. Ein Tourist wurde in Xyzabad festgenommen.",
		none: []string{"COERCE"}},
	// reported speech in the Konjunktiv I, going on from a sentence before
	{name: "a Konjunktiv I main clause is reported", lang: "de", dct: "2025-07-31",
		text: "Nordkorea habe Soldaten nach Russland geschickt.",
		want: []want{{typ: "AID", actor: "PRK", target: "RUS", modality: "reported"}}},
	{name: "a Konjunktiv I passive is reported", lang: "de", dct: "2025-07-31",
		text: "Der Journalist sei in Moskau festgenommen worden.",
		want: []want{{typ: "COERCE", actor: "RUS", modality: "reported"}}},
	{name: "the indicative is asserted", lang: "de", dct: "2025-07-31",
		text: "Nordkorea hat Soldaten nach Russland geschickt.",
		want: []want{{typ: "AID", actor: "PRK", target: "RUS", modality: "asserted"}}},
	{name: "a demand told in the Konjunktiv is the speaker's act", lang: "de", dct: "2025-07-31",
		text: "Polen müsse die Grenze schließen, sagte der ukrainische Präsident.",
		want: []want{{typ: "REQUEST", actor: "UKR", target: "POL", modality: "asserted"}}},
}

func TestExtractDE15(t *testing.T) {
	runExtractCases(t, loadStages(t), de15Cases)
}

// TestImplicitStateDE checks what the article's state may not be: the
// actor of the organ or the arrest the sentence gives another state, and
// the sector the organ's noun says.
func TestImplicitStateDE(t *testing.T) {
	st := loadStages(t)
	cases := []struct {
		name, text, typ string
		actor, sector   string // the event of typ whose actor is the country actor has sector
		notActor        string // no event of typ has this actor
	}{
		{name: "a place in the sentence is the police's", typ: "COERCE", actor: "AUT", notActor: "HUN",
			text: "Die Lage in Ungarn bleibt gespannt. In Wien nahm die Polizei zwei Männer fest."},
		{name: "a state the sentence names besides the one arrested may be the agent", typ: "COERCE", notActor: "PRK",
			text: "Nordkorea testet wieder Raketen. Pjöngjang droht den USA. Nordkorea meldet Erfolge. Ein Journalist wurde vor der chinesischen Botschaft festgenommen."},
		{name: "the police's sector", typ: "COERCE", actor: "HUN", sector: "COP",
			text: "Die Lage in Ungarn bleibt gespannt. Die Polizei nahm am Montag zwanzig Demonstranten fest."},
		{name: "the opposition's sector", typ: "ACCUSE", actor: "GEO", sector: "OPP",
			text: "In Georgien wird im Herbst gewählt. Die Opposition warf dem Innenminister am Montag Wahlbetrug vor."},
		{name: "the parliament's sector", typ: "REJECT", actor: "SWE", sector: "LEG",
			text: "Schweden debattiert über die Rente. Das Parlament lehnte den Antrag der Regierung am Mittwoch ab."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := st.doc(t, "de", "2025-07-31", tc.text)
			found := false
			for _, e := range d.Events {
				if e.Type != tc.typ {
					continue
				}
				if tc.notActor != "" && st.matches(e.Actor, tc.notActor) {
					t.Errorf("%q: %s event with actor %s\n%s", tc.text, tc.typ, tc.notActor, describe(st, d))
				}
				if tc.actor != "" && st.matches(e.Actor, tc.actor) {
					found = true
					if tc.sector != "" && e.ActorSector != tc.sector {
						t.Errorf("%q: actor sector %q, want %q", tc.text, e.ActorSector, tc.sector)
					}
				}
			}
			if tc.actor != "" && !found {
				t.Errorf("%q: no %s event with actor %s\n%s", tc.text, tc.typ, tc.actor, describe(st, d))
			}
		})
	}
}
