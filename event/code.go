package event

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dossier-news/dossier"
)

// Coding participants.
//
// Event data code a participant by the state it belongs to (or as an
// international body). A person or organisation the knowledge base does not
// know — a name only the statistical recogniser found — has no country, so
// an event it takes part in cannot be coded and, in news, is most often
// not a political event at all ("Davis is retiring", "the union attacked
// the loss figures"). Before events are emitted such a participant is
// coded the way human coders do, from the sentence:
//
//   - an appositive naming its office and country ("X, the Ruritanian
//     energy minister"; "X, a minister of Ruritania");
//   - a place phrase right after it ("rebels in Ruritania", "a group based
//     in Ruritania");
//   - for a person with a political title before the name ("President X"),
//     the one country the sentence names, when it names exactly one.
//
// An event whose actor stays uncoded and whose target is absent or
// uncoded as well is dropped: it is no event between political actors.

// coded says whether event data can code the participant: an entity with a
// country, or an organisation the knowledge base knows (an international
// body, an NGO or a militant group, coded IGO, NGO or IMG).
func (s *sent) coded(a *argRef) bool {
	if s.x.kb == nil {
		return true // without a knowledge base nothing can be coded: keep all
	}
	info, ok := s.x.kb.Info(a.ent)
	if !ok {
		return false
	}
	if info.Country != "" {
		return true
	}
	switch info.Sector {
	case "IGO", "NGO", "IMG":
		return true // an official of an international body
	}
	switch info.Kind {
	case dossier.KindOrganization, dossier.KindCountry:
		return true
	}
	return false
}

// corporateSuffix are the last words of English company names.
var corporateSuffix = map[string]bool{"corp": true, "corporation": true, "inc": true, "co": true, "ltd": true,
	"plc": true, "llc": true, "ag": true, "nv": true, "gmbh": true, "incorporated": true, "limited": true}

// allCorporate says whether each participant is an uncoded organisation
// whose name ends in a company suffix ("Zenith Motor Corp", "Acme Ltd").
func (s *sent) allCorporate(as []argRef) bool {
	if len(as) == 0 {
		return false
	}
	for i := range as {
		if s.coded(&as[i]) {
			return false
		}
		corp := false
		for j := range s.ments {
			mt := &s.ments[j]
			if mt.m.Entity == as[i].ent && mt.hi > mt.lo && corporateSuffix[strings.TrimSuffix(s.words[mt.hi-1].low, ".")] {
				corp = true
			}
		}
		if !corp {
			return false
		}
	}
	return true
}

// anyInternational says whether one of the participants is an
// international body.
func (s *sent) anyInternational(as []argRef) bool {
	for i := range as {
		if s.international(&as[i]) {
			return true
		}
	}
	return false
}

// international says whether the participant is an international body
// the knowledge base knows (an organisation without a country).
func (s *sent) international(a *argRef) bool {
	info, ok := s.x.kb.Info(a.ent)
	return ok && info.Country == "" && info.Kind == dossier.KindOrganization
}

// codeParticipants replaces uncoded participants by the state the sentence
// says they belong to, and reports whether the candidate is still an event
// between political actors.
func (s *sent) codeParticipants(c *cand) bool {
	if s.x.kb == nil || len(c.actors) == 0 {
		return true // the speaker of reported content may still become its actor
	}
	if !s.de && c.e.typ == "REJECT" && len(c.targets) == 0 {
		if n := s.pressureAgent(c); n >= 0 {
			c.targets = append(c.targets, s.ref(s.chunks[n].ment, s.chunks[n].sector))
		}
	}
	for i := range c.actors {
		s.codeParticipant(&c.actors[i], c.targets)
	}
	for i := range c.targets {
		s.codeParticipant(&c.targets[i], c.actors)
	}
	if s.de && !s.anyCoded(c.actors) && !s.anyCoded(c.targets) {
		// "Der Sprecher der FDP-Fraktion, Max Muster, fordert …": when
		// no one else is coded, a person the knowledge base lacks acts
		// for the body his description names (he keeps his name when
		// the event has a coded side anyway)
		for i := range c.actors {
			if b := s.descriptorBodyDE(&c.actors[i]); b >= 0 {
				r := s.ref(b, "")
				r.conf = c.actors[i].conf
				c.actors[i] = r
			}
		}
	}
	// a domestic event: an uncoded target in a sentence that names one
	// country only, the actor's, belongs to it ("the government accepted
	// demands from Shona rebels")
	if only := s.onlyCountry(); only != "" {
		s.domestic(c.targets, c.actors, only)
	}
	if !s.de && !c.noun && !s.clauses[c.clause].passive && s.economicSubject(s.subject(c.clause)) && !s.anyInternational(c.actors) {
		// a country named in its exports or prices is no actor, whatever
		// they touch; an international body's loan still acts for it ("a
		// World Bank loan was given to help the government")
		return false
	}
	if !s.de && !s.anyStateActor(c.actors) {
		// "Indian Railways ordered locomotives from a German firm": between
		// firms the country is the firm's home, not a party ("sanctions on
		// Iranian oil companies" a state imposes are aimed at Iran)
		c.targets = slices.DeleteFunc(c.targets, func(a argRef) bool { return s.businessAdjective(&a) })
	}
	if !s.de && c.e.typ == "AID" && c.e.mode == "military" && !c.noun && len(c.targets) == 0 &&
		(c.e.lemma == "send" || c.e.lemma == "dispatch") && s.troopObject(c) {
		// troops sent with no one to receive them are moved, not given
		// ("sent thousands of troops to occupy the refineries")
		e := *c.e
		e.typ, e.mode = "MOBILIZE", "troops"
		c.e = &e
	}
	if !s.de && s.allFirmHomes(c.actors) {
		// "The Japanese carmaker hit its target", "West German banks
		// rejected calls for limits": a firm acts for itself, and the
		// country that names its home is no party, whatever the verb
		return false
	}
	if !s.de && c.e.typ == "COERCE" && (c.e.mode == "seize" || obstructVerb[c.e.lemma]) && protestActors(c.actors) {
		// farmers or students who occupy buildings protest; they seize
		// nothing for a state ("occupied local government buildings"), and
		// workers who block a bridge obstruct, they restrict no one's trade
		e := *c.e
		e.typ, e.mode = "PROTEST", "obstruct"
		c.e = &e
	}
	if s.de && c.e.lemma == "protestieren" && c.e.typ == "PROTEST" && !c.noun && statesOnly(c.actors) && s.stateSubjectDE(c.clause) {
		// "Ägypten protestierte gegen die Festnahme", "Der Außenminister
		// protestierte scharf": a state or its government protests through
		// its diplomats, an official complaint (CAMEO 114), no demonstration
		e := *c.e
		e.typ, e.mode = "ACCUSE", "allege"
		c.e = &e
	}
	if !s.de && c.e.typ == "AID" && s.ownBody(c) {
		// "the package the administration sent to Congress": a government
		// sends bills and budgets to its own parliament; no aid
		return false
	}
	if !s.de && c.e.typ == "ASSAULT" && demonstrators(c.actors) {
		// "demonstrators clashed with police", "protesters attacked a
		// police station": the violence of a protest is a riot
		e := *c.e
		e.typ, e.mode = "PROTEST", "riot"
		c.e = &e
	}
	if !s.de && !c.noun && s.amountChange(c.trig) {
		return false // "production declined to 358,661", "fell by 3 pct": a figure moved
	}
	if !s.de && c.e.typ == "COOPERATE" && c.e.mode != "military" && tradeFlowEN[c.e.lemma] && s.tradeStatisticEN(c) {
		// "Australia exported 159,000 tonnes of sugar to the Soviet
		// Union", "Taiwan imports all its soybeans from the United States",
		// "U.S. corn exports to Canada": a flow of trade is a statistic,
		// no act of cooperation; a deal announced is coded by its own
		// verb ("agreed to export")
		return false
	}
	if s.de && c.e.typ == "SANCTION" && len(c.actors) > 0 {
		// "Kurz schließt alle drei österreichischen Botschaften im
		// Baltikum": the actor's own country owns what is closed or cut;
		// a state does not sanction itself
		if own := s.actorCountry(c); own != "" {
			c.targets = slices.DeleteFunc(c.targets, func(a argRef) bool {
				info, ok := s.x.kb.Info(a.ent)
				return ok && a.kind == dossier.KindCountry && info.Country == own
			})
		}
	}
	if !s.de && c.e.typ == "CONCEDE" && (c.e.lemma == "resign" || c.e.lemma == "retire") && (s.firmNamedEN() || s.st != nil && s.st.firmLead && !s.anyStateActor(c.actors)) {
		// "Airgas Inc said its chairman resigned", or "Its secretary has
		// resigned" in a story whose lead names the firm (and no state's
		// official resigns): a firm's officer leaves the firm
		return false
	}
	if !s.de && s.lenderApprovalEN(c) {
		// "the IMF approved 80 mln SDRs for Zambia": a lender's approval of
		// a loan is economic aid to the country it is for
		e := *c.e
		e.typ, e.mode = "AID", "economic"
		c.e = &e
		c.targets = s.lenderTargetsEN(c)
	}
	if !s.de && !c.noun && c.e.typ == "CONCEDE" && c.e.lemma == "meet" && c.trig+1 < len(s.words) &&
		s.words[c.trig+1].chunk >= 0 && s.marketDemandEN(s.words[c.trig+1].chunk) {
		return false // "LNG would only serve to meet peak demand": the market's demand, no one's claim
	}
	if !s.de && (s.commercialOfferEN(c) || s.commercialApprovalEN(c)) {
		return false // "the airline will offer fares to 18 U.S. cities", "the FDA approved the drug for marketing"
	}
	if !s.de && s.businessOnlyEN(c) {
		return false // "Airbus is providing American Airlines with planes", "Kodak launched a campaign"
	}
	if s.de && s.businessOnlyDE(c) {
		return false // "Amazon verhandelt mit BMW", "GM bietet eine Garantie an": firms in business
	}
	if c.e.typ == "CONSULT" && c.e.mode == "visit" && s.homeVisit(c) {
		return false // "the president will travel to Texas": a trip at home meets no one
	}
	if !s.de && (s.sportClause(c.clause) || s.sportSidesEN(c)) || s.de && (s.sportClauseDE(c.clause) || s.sportSidesDE(c)) {
		switch c.e.typ {
		case "PROTEST", "SANCTION", "COERCE":
			// a boycott of the Olympics or a ban from them is still
			// political
		default:
			return false
		}
	}
	// a state's force against a plant, a port or a bank is no business,
	// whoever owns it ("Russia bombs Ukrainian power plants"); a firm that
	// "attacks a market" or "hits a target" stays in business
	stateForce := !s.de && c.e.typ == "ASSAULT" && len(c.targets) > 0 && s.anyStateActor(c.actors) && !privateActors(c.actors)
	// missiles, drones and shells are no trade, whatever they hit
	// ("Russian drones hit a power plant")
	stateForce = stateForce || !s.de && c.e.typ == "ASSAULT" && c.e.mode == "heavy-weapons" && !c.noun
	// a protest is political whatever it is about: "thousands protested
	// against bread prices", "dock workers struck over pay"
	protest := !s.de && c.e.typ == "PROTEST" && protestActors(c.actors)
	if !stateForce && !protest && s.economic(c) {
		if c.e.flags&flagTgt != 0 {
			return false // a guessed default in business ("entered the securities market") is no event
		}
		if !s.de && len(c.actors) > 0 && s.allFirms(c.actors) {
			return false // "a Dutch bank agreed to acquire the French insurer"
		}
		if !s.de && privateActors(c.actors) {
			// farmers, workers, firms trading are no state's act ("farmers
			// who export soybeans to the EC")
			return false
		}
		if !s.de && len(c.actors) > 0 && !s.anyCoded(c.actors) {
			// a firm the knowledge base does not know sells to a
			// country's buyer or buys its goods: business ("the unit
			// agreed to sell the Canadian centre", "accepted an offer on
			// a sale to Morocco")
			return false
		}
		if !s.de && s.allCorporate(c.actors) {
			// a company dealing in a country's goods is in business
			// ("Zenith Motor Corp will boost its imports of Japanese goods")
			return false
		}
		// business and markets: political only between states or
		// international bodies, or as the act of an international body
		// ("OPEC agreed to limit production")
		for i := range c.targets {
			// English: a city or region is where the business is, not a
			// party to it ("sell the station in Los Angeles")
			if s.coded(&c.targets[i]) && (s.de || c.targets[i].kind != dossier.KindLocation && !s.businessAdjective(&c.targets[i])) {
				return true
			}
		}
		for i := range c.actors {
			if s.international(&c.actors[i]) && (s.de || !s.marketOperation(c)) {
				return true
			}
		}
		if len(c.targets) > 0 || len(c.actors) < 2 {
			return false
		}
		for i := range c.actors {
			if !s.coded(&c.actors[i]) {
				return false
			}
		}
		return true
	}
	for i := range c.actors {
		if s.coded(&c.actors[i]) || s.officeHolder(&c.actors[i]) || s.placedPersonEN(c, &c.actors[i]) {
			return true
		}
	}
	for i := range c.targets {
		if s.coded(&c.targets[i]) && !s.placeOfDeal(c, &c.targets[i]) {
			return true
		}
	}
	return false
}

// placeOfDeal says whether an English cooperative event's target is a city
// or region only: where an actor no event data code does its business, not
// a party to it ("Thai Airways will resume flights to Moscow").
func (s *sent) placeOfDeal(c *cand, t *argRef) bool {
	if s.de || t.kind != dossier.KindLocation {
		return false
	}
	switch c.e.typ {
	case "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID":
		return true
	}
	return false
}

// officeHolder says whether an uncoded participant is a person the
// sentence names with a political office ("Staatschef Klaus Johannis", "the
// UN envoy X"): a political actor whose country the knowledge base lacks.
func (s *sent) officeHolder(a *argRef) bool {
	for i := range s.ments {
		mt := &s.ments[i]
		if mt.m.Entity != a.ent {
			continue
		}
		if mt.kind != dossier.KindPerson {
			return false
		}
		if s.titledPerson(mt.lo) {
			return true
		}
		// the title may be a word or two before the name ("der
		// UN-Sondergesandte Staffan de Mistura")
		if mt.lo >= 2 && s.words[mt.lo-1].ment < 0 && s.agentSector(mt.lo-2, mt.lo) != "" {
			return true
		}
	}
	return false
}

// placedPersonEN says whether an English actor is a named person the
// knowledge base lacks whom the sentence places in one country, naming it
// or a place in it ("Hasina, speaking in Dhaka, accused the BNP"). Such a person keeps the event under the local id the linker
// gave the name, as event data keep a named actor they have yet to code;
// a cooperative act aimed at a town only, other than a visit, is still
// dropped (see placeOfDeal).
func (s *sent) placedPersonEN(c *cand, a *argRef) bool {
	if s.de || a.kind != dossier.KindPerson || !strings.HasPrefix(a.ent, "local:per:") {
		return false
	}
	for i := range c.targets {
		if c.e.mode != "visit" && s.placeOfDeal(c, &c.targets[i]) {
			return false // "telephoned an Auckland radio station": a town is no party
		}
	}
	// (the dateline alone is too far: "ISLAMABAD … Rifkind said", "SOFIA …
	// Valkov said he could not curb the flights of Balkan Airlines")
	return s.onlyPlace() != ""
}

// businessAdjective says whether participant a is named only by
// adjectives on business nouns ("its American unit", "a Canadian
// company"): the firm's home, not a state that takes part in the deal.
func (s *sent) businessAdjective(a *argRef) bool {
	econ, ws := s.lx.cues.econ, s.words
	return s.everyMention(a, func(mt *ment) bool {
		if !s.de && hasSuffix(ws[mt.hi-1].low, "-based") {
			return true // "Hong Kong-based group CITIC Pacific": the firm's home
		}
		k := ws[mt.lo].chunk
		if k < 0 || s.chunks[k].head < 0 {
			return false
		}
		// an adjective, or in English a name before the head ("two U.S.
		// companies"); a possessor owns its share or its debt as a state
		// ("to meet Indonesia's share")
		if h := s.chunks[k].head; !mt.adj && (s.de || h < mt.hi || mt.hi < len(ws) && (ws[mt.hi].low == "'s" || ws[mt.hi].low == "'")) {
			return false
		}
		h := ws[s.chunks[k].head].lemma
		return econ[singular(h)] || econ[h]
	})
}

// allFirms says whether each participant is named only by a country
// adjective on a noun that names no political body ("a Dutch bank", "the
// Japanese car makers"): in business the country is the firm's home, and
// its deal is no act of the state. "The Dutch government" is a state.
func (s *sent) allFirms(as []argRef) bool {
	for i := range as {
		if !s.firm(&as[i]) {
			return false
		}
	}
	return true
}

// firm says whether participant a is named only by adjectives on
// noun phrases that name no political actor (see allFirms).
func (s *sent) firm(a *argRef) bool {
	ws := s.words
	return s.onlyAdjectiveOn(a, func(ck *chunk) bool {
		if ws[ck.head].ment >= 0 || ws[ck.head].pos != pNoun {
			return false
		}
		sec := s.agentSector(ck.lo, ck.hi)
		return sec == "" || sec == "BUS"
	})
}

// obstructVerb are English verbs of blocking a way or a place: coercion
// when a state does it, a protest when people do.
var obstructVerb = map[string]bool{"block": true, "blockade": true, "barricade": true, "occupy": true}

// anyCoded says whether one of the participants is coded (see coded).
func (s *sent) anyCoded(as []argRef) bool {
	for i := range as {
		if s.coded(&as[i]) {
			return true
		}
	}
	return false
}

// sharedNoun returns the phrase whose noun an English phrase of
// adjectives only shares, across commas and conjunctions ("French" in
// "French and German carmakers"), or k itself when k has a noun.
func (s *sent) sharedNoun(k int) int {
	ws := s.words
	for {
		ck := &s.chunks[k]
		noun := false
		for j := ck.lo; j < ck.hi; j++ {
			// a demonym tagged as a name is no noun of its own
			noun = noun || (ws[j].pos == pNoun || ws[j].pos == pPropn) && ws[j].ment < 0
		}
		if noun || ck.prep >= 0 {
			return k
		}
		j := ck.hi
		for j < len(ws) && (ws[j].low == "," || ws[j].pos == pCconj) {
			j++
		}
		if j == ck.hi || j >= len(ws) || ws[j].chunk < 0 || ws[j].chunk == k {
			return k
		}
		k = ws[j].chunk
	}
}

// troopNoun are English nouns of armed personnel.
var troopNoun = map[string]bool{"troop": true, "troops": true, "soldier": true, "force": true, "unit": true,
	"reinforcement": true, "battalion": true, "brigade": true, "police": true, "policeman": true,
	"paratrooper": true, "marine": true, "commando": true, "guard": true}

// troopObject says whether the English verb of c has armed personnel for
// its object ("sent thousands of troops": the head or the of-phrase).
func (s *sent) troopObject(c *cand) bool {
	ws := s.words
	cl := &s.clauses[c.clause]
	for j := c.trig + 1; j < cl.hi; j++ {
		k := ws[j].chunk
		if k < 0 {
			continue
		}
		ck := &s.chunks[k]
		if ck.prep >= 0 || ck.head < 0 {
			return false
		}
		if h := ws[ck.head].lemma; troopNoun[h] || troopNoun[singular(h)] {
			return true
		}
		// "thousands of troops"
		if n := ck.hi; n+1 < cl.hi && ws[n].low == "of" && ws[n+1].chunk >= 0 {
			if h := s.chunks[ws[n+1].chunk].head; h >= 0 {
				return troopNoun[ws[h].lemma] || troopNoun[singular(ws[h].lemma)]
			}
		}
		return false
	}
	return false
}

// allFirmHomes says whether every actor is a country named only as the
// home of a business ("the Japanese carmaker", "Brazil's creditor
// banks"): a modifier of a noun the cues give the business sector.
func (s *sent) allFirmHomes(as []argRef) bool {
	if len(as) == 0 {
		return false
	}
	for i := range as {
		if !s.firmHome(&as[i]) {
			return false
		}
	}
	return true
}

// firmHome says whether every mention of participant a is the home of a
// business (see allFirmHomes).
func (s *sent) firmHome(a *argRef) bool {
	return s.everyMention(a, func(mt *ment) bool {
		k := s.words[mt.lo].chunk
		if k >= 0 && mt.adj {
			// "British, French and Japanese firms": each adjective shares
			// the noun of the last
			k = s.sharedNoun(k)
		}
		if k < 0 || !s.chunks[k].modifier || s.chunks[k].sector != "BUS" {
			return false
		}
		if s.chunks[k].prep >= 0 {
			// "workers at West German engineering companies" are the
			// actor, and they are the country's people
			return false
		}
		// a businessman is a person of the country, and may take a
		// state to court for himself ("a Saudi businessman sued the
		// United States")
		h := s.chunks[k].head
		return h < 0 || !strings.HasPrefix(s.words[h].lemma, "business")
	})
}

// onlyAdjectiveOn says whether participant a is mentioned, and every
// mention of it is an adjective in a noun phrase with a head that ok
// accepts.
func (s *sent) onlyAdjectiveOn(a *argRef, ok func(*chunk) bool) bool {
	return s.everyMention(a, func(mt *ment) bool {
		k := s.words[mt.lo].chunk
		return mt.adj && k >= 0 && s.chunks[k].head >= 0 && ok(&s.chunks[k])
	})
}

// everyMention says whether participant a is mentioned in the sentence and
// ok accepts every mention of it.
func (s *sent) everyMention(a *argRef, ok func(*ment) bool) bool {
	found := false
	for i := range s.ments {
		mt := &s.ments[i]
		if mt.m.Entity != a.ent {
			continue
		}
		if !ok(mt) {
			return false
		}
		found = true
	}
	return found
}

// economic says whether the candidate is about business or markets: its
// verb's object ("suspended interest payments", "rejected the bid"), the
// words before its noun ("debt talks") or the infinitive after it ("agreed
// to buy") are economic cue words.
func (s *sent) economic(c *cand) bool {
	econ := s.lx.cues.econ
	if len(econ) == 0 {
		return false
	}
	ws := s.words
	if c.noun {
		if k := ws[c.trig].chunk; k >= 0 {
			for j := s.chunks[k].lo; j < c.trig; j++ {
				if econ[singular(ws[j].lemma)] {
					return true
				}
			}
			// English: the infinitive the noun takes ("an offer to pay four
			// dlrs a share", "a bid to buy the unit")
			if j := s.chunks[k].hi; !s.de && j+1 < len(ws) && ws[j].low == "to" && ws[j+1].pos == pVerb && econ[ws[j+1].lemma] {
				return true
			}
		}
		return false
	}
	// the head of the verb's object: "suspended interest payments",
	// "rejected the bid", not "accused manipulators of drawing down their
	// stocks" or "rejected green rate changes"
	cl := &s.clauses[c.clause]
	from := c.trig + 1
	if s.de {
		from = cl.lo
	}
	subj := s.subject(c.clause)
	for j := from; j < cl.hi; j++ {
		k := ws[j].chunk
		if k < 0 {
			continue
		}
		ck := &s.chunks[k]
		j = ck.hi - 1
		if ck.prep >= 0 || containsInt(subj, k) || ck.head < 0 {
			continue
		}
		if h := ws[ck.head].lemma; econ[singular(h)] || econ[h] {
			return true
		}
		if !s.de {
			break // English: the first object only
		}
	}
	if !s.de {
		// English: a complement phrase right after the verb ("agreed to
		// the production cuts", "agreed on a price")
		if j := c.trig + 1; j < len(ws) && (ws[j].low == "to" || ws[j].low == "on") && j+1 < len(ws) {
			if k := ws[j+1].chunk; k >= 0 && s.chunks[k].prep == j && s.chunks[k].head >= 0 {
				if h := ws[s.chunks[k].head].lemma; econ[singular(h)] || econ[h] {
					return true
				}
			}
		}
	}
	for j := c.trig + 1; j < len(ws) && j <= c.trig+4; j++ {
		if ws[j].low == "to" || ws[j].low == "zu" {
			if j+1 < len(ws) && ws[j+1].pos == pVerb && econ[ws[j+1].lemma] {
				return true
			}
			break
		}
	}
	return false
}

// marketWord are English nouns of a body's dealings on a market as a
// buyer, seller or licensor: bids and tenders, licences and rebates.
var marketWord = map[string]bool{"bid": true, "tender": true, "licence": true, "license": true, "rebate": true}

// marketOperation says whether an English verb's object is a market
// dealing (see marketWord): "the Commission rejected all bids at the
// tender" is the body trading, not the policy an international body's act
// on business is ("OPEC agreed to limit production").
func (s *sent) marketOperation(c *cand) bool {
	if c.noun {
		return false
	}
	cl := &s.clauses[c.clause]
	for j := c.trig + 1; j < cl.hi; j++ {
		k := s.words[j].chunk
		if k < 0 {
			continue
		}
		ck := &s.chunks[k]
		if ck.prep >= 0 || ck.head < 0 {
			return false
		}
		return marketWord[singular(s.words[ck.head].lemma)]
	}
	return false
}

// economicSubject says whether an English active clause's subject is a
// thing of business or markets that a state or firm is only named in
// ("Indonesia's palm oil exports rose", "U.S. crop prices discouraged
// buying", "the NTT and Iceland issues traded lower"): the country is the
// owner of the thing, not an actor. Agent nouns ("a Russian military
// unit", "the company") name the actor itself and do not count.
func (s *sent) economicSubject(subj []int) bool {
	econ, ws := s.lx.cues.econ, s.words
	for _, k := range subj {
		h := s.chunks[k].head
		if h < 0 || ws[h].ment >= 0 {
			continue
		}
		l := singular(ws[h].lemma)
		if _, agent := s.lx.cues.agent[l]; agent {
			continue
		}
		if !econ[l] && !econ[ws[h].lemma] {
			continue
		}
		// a political body before the head makes it the body's act ("the
		// government issue condemned", "the army unit")
		political := false
		for j := s.chunks[k].lo; j < h; j++ {
			if sec, ok := s.lx.cues.agent[singular(ws[j].lemma)]; ok && sec != "BUS" {
				political = true
			}
		}
		if !political {
			return true
		}
	}
	return false
}

// codeParticipant codes an uncoded participant by its sentence; others
// are the participants on the event's other side.
func (s *sent) codeParticipant(a *argRef, others []argRef) {
	if a.ent == "" || s.coded(a) {
		return
	}
	m := s.entityMention(a.ent)
	if m < 0 {
		return
	}
	mt := &s.ments[m]
	if mt.kind == dossier.KindLocation && s.placeless(m) {
		s.placelessGroup(a, mt)
		return
	}
	if mt.kind != dossier.KindPerson && mt.kind != dossier.KindOrganization && mt.kind != dossier.KindOther {
		return
	}
	sector := a.sector
	country, sec := s.appositiveCountry(mt.hi)
	if country == "" && !(s.de && mt.kind == dossier.KindPerson && mt.hi < len(s.words) && s.words[mt.hi].low == "in") {
		// (a German person named before "in Berlin" is where the act took
		// place: "macht Schrempp in Berlin verantwortlich"; people from a
		// place are "aus" it)
		country = s.placeCountryAfter(mt.hi)
	}
	if country == "" && mt.kind == dossier.KindPerson {
		country, sec = s.roleBeforeName(mt)
	}
	if country == "" && mt.kind == dossier.KindPerson {
		// "Johanna Mikl-Leitner (ÖVP)": the party in brackets after a
		// person the knowledge base lacks says whose politician she is
		if country = s.affiliationCountry(mt.hi); country != "" {
			sec = "PTY"
			if s.titledPerson(mt.lo) {
				sec = "GOV"
			}
		}
	}
	if country == "" && mt.kind == dossier.KindPerson && s.de {
		// "der FDP-Abgeordnete Michael Theurer", "SPÖ-Chef X": the party
		// in the title of a person the knowledge base lacks, as in brackets
		if country = s.titlePartyCountryDE(mt.lo); country != "" {
			sec = "PTY"
		}
	}
	if country == "" {
		var org argRef
		if country, org = s.ownerInName(mt); org.ent != "" {
			org.conf = a.conf
			*a = org
			return
		}
		if country != "" {
			sec = s.agentSector(mt.lo, mt.hi)
		}
	}
	if country == "" && mt.kind == dossier.KindPerson && s.titledPerson(mt.lo) {
		country = s.onlyCountry()
		sec = "GOV"
		if s.de && s.otherSide(country, others) {
			// "Außenminister X will den russischen Botschafter
			// einbestellen": the one country named is the other side's;
			// "Erdogan traf in Ankara den Abgeordneten X": the person is
			// the participant of a domestic event
			country = ""
		}
	}
	if country == "" && s.spokesmanOfDatelineDE(mt, others) {
		// "Peking – Außenamtssprecher Lu Kang wies … zurück": the
		// government's spokesman the knowledge base lacks speaks for the
		// state the reporter files from, as an unnamed one does
		country, sec = s.st.dateline, "GOV"
	}
	if country == "" && mt.kind == dossier.KindOrganization && s.domesticName(mt) {
		// "the Kolomba Party", "die Kolomba-Bewegung": a party, front or
		// movement the knowledge base lacks belongs to the one country
		// the sentence names, as event data code domestic groups
		country = s.onlyCountry()
		if country == "" && s.de && s.st != nil && s.onlyCountry() == "" {
			// "Madrid – Die Linkspartei Podemos hat …": the dateline's
			country = s.st.dateline
		}
		sec = "PTY" // CAMEO's sector of political parties and movements
		if s.namedOther(country, others) {
			country = "" // "the Tupac Movement criticised Chile": whose movement is unknown
		}
	}
	if country == "" {
		return
	}
	if sector == "" {
		sector = sec
	}
	if cm := s.countryMention(country); cm >= 0 {
		r := s.ref(cm, sector)
		r.conf = a.conf
		*a = r
		return
	}
	// the country is named only by a place in it: its entity from the
	// knowledge base, where the knowledge base can say
	if ck, ok := s.x.kb.(countryKB); ok {
		if e, ok := ck.Country(country); ok {
			*a = argRef{ent: e.ID, sector: sector, conf: a.conf, kind: dossier.KindCountry}
		}
	}
}

// placelessGroup codes a participant named by people from a place the
// knowledge base cannot locate ("Kolomba refugees", "a group of Soroti
// residents") by the one place the sentence names, as an unnamed group;
// a bare place name is left alone.
func (s *sent) placelessGroup(a *argRef, mt *ment) {
	k := s.words[mt.lo].chunk
	if k < 0 {
		return
	}
	ck := &s.chunks[k]
	if ck.head < 0 || s.words[ck.head].ment >= 0 {
		return // the head is the place name itself
	}
	sector := s.agentSector(ck.lo, ck.hi)
	switch sector {
	case "CVL", "REF", "OPP", "EDU", "LAB", "REB", "RAD":
	default:
		return
	}
	country := s.onlyPlace()
	if country == "" {
		return
	}
	if cm := s.countryMention(country); cm >= 0 {
		r := s.ref(cm, sector)
		r.conf = 0.5
		*a = r
	}
}

// namedOther says whether one of others is the country itself, named as
// the head of its phrase ("criticised Chile"), not as an adjective or a
// possessor ("the Peruvian government", "Peru's elections"), which a
// domestic group acts on.
func (s *sent) namedOther(country string, others []argRef) bool {
	for i := range others {
		o := &others[i]
		if o.kind != dossier.KindCountry || s.countryOf(o) != country {
			continue
		}
		for j := range s.ments {
			mt := &s.ments[j]
			if mt.m.Entity != o.ent || mt.adj {
				continue
			}
			if k := s.words[mt.lo].chunk; k >= 0 {
				if h := s.chunks[k].head; h >= mt.lo && h < mt.hi {
					return true
				}
			}
		}
	}
	return false
}

// otherSide says whether one of the participants on the event's other
// side is the country, one of its parts ("den russischen Botschafter") or
// one of its people ("Erdogan traf … den Abgeordneten X"): coding the
// person by it would make the event the state's act on itself.
func (s *sent) otherSide(country string, others []argRef) bool {
	for i := range others {
		if s.countryOf(&others[i]) == country {
			return true
		}
	}
	return false
}

// domesticName says whether a name of an organisation ends in a word of
// domesticBody, or, in German, has one as the end of a compound in it
// ("die Linkspartei Podemos", "die Arbeiterpartei").
func (s *sent) domesticName(mt *ment) bool {
	if domesticBody[s.words[mt.hi-1].lemma] {
		return true
	}
	if !s.de {
		return false
	}
	for j := mt.lo; j < mt.hi; j++ {
		l := s.words[j].lemma
		if hasSuffix(l, "partei") || hasSuffix(l, "bewegung") || hasSuffix(l, "gewerkschaft") {
			return true
		}
	}
	return false
}

// domesticBody are the lemmas that end names of a country's own political
// bodies (parties, fronts, movements, trade unions), in English and
// German; international bodies are in the knowledge base.
var domesticBody = map[string]bool{
	"party": true, "front": true, "movement": true, "union": true, "congress": true, "alliance": true,
	"partei": true, "bewegung": true, "gewerkschaft": true, "allianz": true, "kongress": true,
}

// countryKB is the optional part of KB that finds a country's entity by
// its ISO 3166-1 alpha-3 code; *kb.KB has it.
type countryKB interface {
	Country(iso3 string) (dossier.Entity, bool)
}

// stateRef returns the country with ISO code iso as a participant of
// sector, by its mention in the sentence when it has one, else by the
// knowledge base's entry: an actor the text only places ("arrested in
// Lima", "riots in Dakar"), at half confidence.
func (s *sent) stateRef(iso, sector string) (argRef, bool) {
	if iso == "" {
		return argRef{}, false
	}
	if cm := s.countryMention(iso); cm >= 0 {
		r := s.ref(cm, sector)
		r.conf = 0.5
		return r, true
	}
	if ck, ok := s.x.kb.(countryKB); ok {
		if e, ok := ck.Country(iso); ok {
			return argRef{ent: e.ID, sector: sector, conf: 0.5, kind: dossier.KindCountry}, true
		}
	}
	return argRef{}, false
}

// domestic codes the uncoded participants of parts by country when one of
// others is coded with it.
func (s *sent) domestic(parts, others []argRef, country string) {
	same := false
	for i := range others {
		if s.countryOf(&others[i]) == country {
			same = true
			break
		}
	}
	if !same {
		return
	}
	for i := range parts {
		a := &parts[i]
		if a.ent == "" || s.coded(a) || s.acronym(a.ent) {
			continue
		}
		if s.de && a.kind == dossier.KindPerson {
			continue // a person the knowledge base lacks stays who she is ("weil Israel ihm …")
		}
		if cm := s.countryMention(country); cm >= 0 {
			r := s.ref(cm, a.sector)
			r.conf = a.conf
			*a = r
		}
	}
}

// countryOf returns the participant's country from the knowledge base.
func (s *sent) countryOf(a *argRef) string {
	if info, ok := s.x.kb.Info(a.ent); ok {
		return info.Country
	}
	return ""
}

// affiliationCountry reads "(SPÖ)", "(R-Texas)"-style brackets right after
// word i that hold only an organisation of a known country: its country.
func (s *sent) affiliationCountry(i int) string {
	ws := s.words
	if i+2 >= len(ws) || ws[i].low != "(" || ws[i+1].ment < 0 {
		return ""
	}
	mt := &s.ments[ws[i+1].ment]
	if mt.kind != dossier.KindOrganization || mt.country == "" || mt.lo != i+1 || mt.hi >= len(ws) || ws[mt.hi].low != ")" {
		return ""
	}
	return mt.country
}

// titlePartyCountryDE reads a German title right before word lo that
// compounds a party of a known country with an office or role
// ("FDP-Abgeordnete", "SPÖ-Chef", "Grünen-Politiker"): the party's
// country. A firm's title ("Siemens-Chef") says nothing of a state.
func (s *sent) titlePartyCountryDE(lo int) string {
	if lo == 0 || s.x.kb == nil {
		return ""
	}
	w := &s.words[lo-1]
	if w.ment < 0 || w.pos != pNoun && w.pos != pPropn || !strings.Contains(w.low, "-") || hasSuffix(w.low, "-") {
		return ""
	}
	mt := &s.ments[w.ment]
	if mt.kind != dossier.KindOrganization || mt.country == "" || mt.lo != lo-1 || mt.hi != lo {
		return ""
	}
	info, ok := s.x.kb.Info(mt.m.Entity)
	if !ok {
		return ""
	}
	switch info.Sector {
	case "GOV", "PTY", "OPP", "LEG":
		return mt.country
	}
	return ""
}

// appositiveCountry reads ", the Ruritanian energy minister" or ", a
// minister of Ruritania" after word i: the country of the office and the
// sector its noun names.
func (s *sent) appositiveCountry(i int) (country, sector string) {
	ws := s.words
	if i >= len(ws) || ws[i].low != "," {
		return "", ""
	}
	end := i + 1
	for end < len(ws) && end < i+9 && ws[end].low != "," && ws[end].pos != pVerb && ws[end].pos != pAux {
		end++
	}
	role := false
	for k := i + 1; k < end; k++ {
		w := &ws[k]
		if w.ment >= 0 {
			mt := &s.ments[w.ment]
			if mt.country != "" && (mt.adj || mt.kind == dossier.KindCountry) {
				country = mt.country
			} else {
				return "", "" // another named entity: not an office of a state
			}
			k = mt.hi - 1
			continue
		}
		if w.pos == pNoun {
			role = true
		}
	}
	if !role || country == "" {
		return "", ""
	}
	sector = s.agentSector(i+1, end)
	if sector == "" {
		sector = "GOV"
	}
	return country, sector
}

// roleBeforeName reads an English office set before a person's name by a
// comma ("the foreign minister of Ruritania, X,", "Ruritania's foreign
// minister, X,", "the Ruritanian envoy, X,"): the country of the office
// and the sector its noun names.
func (s *sent) roleBeforeName(mt *ment) (country, sector string) {
	if s.de || mt.lo < 2 || s.words[mt.lo-1].low != "," {
		return "", ""
	}
	k := s.words[mt.lo-2].chunk
	if k < 0 || s.chunks[k].hi != mt.lo-1 {
		return "", ""
	}
	ck := &s.chunks[k]
	role := ck // "Ruritania's foreign minister": the office and its owner in one phrase
	if ck.prep >= 0 && s.words[ck.prep].low == "of" && k > 0 && s.chunks[k-1].hi == ck.prep {
		role = &s.chunks[k-1] // "the foreign minister of Ruritania"
	}
	if ck.ment < 0 || s.ments[ck.ment].country == "" {
		return "", ""
	}
	if o := &s.ments[ck.ment]; o.kind != dossier.KindCountry && !o.adj {
		return "", "" // "the spokesman of the Tupac Movement": whose the body is, not the office's state
	}
	sector = s.agentSector(role.lo, role.hi)
	if !stateSector(sector) {
		return "", ""
	}
	return s.ments[ck.ment].country, sector
}

// descriptorBodyDE returns the mention of the body that a German phrase
// describing person a names in its genitive ("der Sprecher der
// FDP-Fraktion, Max Muster", "die Vorsitzende der Linken, …"), when the
// knowledge base codes that body; else -1.
func (s *sent) descriptorBodyDE(a *argRef) int {
	if a.kind != dossier.KindPerson {
		return -1
	}
	m := s.entityMention(a.ent)
	if m < 0 {
		return -1
	}
	mt := &s.ments[m]
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.ment != m || ck.lo < mt.hi && ck.hi > mt.lo || ck.head < 0 || s.words[ck.head].ment >= 0 {
			continue // the name's own phrase, or a phrase headed by a name
		}
		if s.agentSector(ck.lo, ck.hi) == "" && s.lx.cues.agent[singular(s.words[ck.head].lemma)] == "" {
			continue // not a role ("der Sohn des Ministers")
		}
		e := s.ofExtension(k)
		if e < 0 {
			continue
		}
		b := s.chunks[e].ment
		if b < 0 || b == m {
			continue
		}
		bt := &s.ments[b]
		if bt.kind != dossier.KindOrganization || bt.country == "" {
			continue
		}
		return b
	}
	return -1
}

// placeCountryAfter reads "in Ruritania", "based in Minas Tirith" right after word
// i: the country of the place.
func (s *sent) placeCountryAfter(i int) string {
	ws := s.words
	if i < len(ws) && (ws[i].low == "based" || ws[i].low == "operating") {
		i++
	}
	if i+1 >= len(ws) || ws[i].low != "in" && ws[i].low != "from" {
		return ""
	}
	for k := i + 1; k < len(ws) && k < i+4; k++ {
		if m := ws[k].ment; m >= 0 {
			mt := &s.ments[m]
			if mt.kind == dossier.KindCountry || mt.kind == dossier.KindLocation {
				return mt.country
			}
			return ""
		}
		if ws[k].pos != pDet && ws[k].pos != pAdj {
			return ""
		}
	}
	return ""
}

// titledPerson says whether the name starting at word lo follows a
// political title ("President", "Prime Minister", "Gen.").
func (s *sent) titledPerson(lo int) bool {
	if lo == 0 {
		return false
	}
	return s.agentSector(lo-1, lo) != "" || s.lx.cues.agent[s.words[lo-1].low] != ""
}

// onlyCountry returns the country the sentence names, if it names exactly
// one (by a country's name, an adjective, or a place in it).
func (s *sent) onlyCountry() string { return s.soleCountry(false) }

// onlyPlace is onlyCountry without peoples named by a plural ("the
// Iranians"): "troops fought off the Iranians" says nothing of where the
// troops are from.
func (s *sent) onlyPlace() string { return s.soleCountry(true) }

// soleCountry is the one country the sentence names, leaving out peoples
// named by a plural when withoutPeople is set; "" for none or several.
func (s *sent) soleCountry(withoutPeople bool) string {
	return s.soleCountryBefore(withoutPeople, len(s.words))
}

// soleCountryBefore is soleCountry over the names before word hi.
func (s *sent) soleCountryBefore(withoutPeople bool, hi int) string {
	country := ""
	for i := range s.ments {
		mt := &s.ments[i]
		if mt.country == "" || mt.lo >= hi {
			continue
		}
		switch mt.kind {
		case dossier.KindCountry, dossier.KindLocation:
		default:
			if !mt.adj {
				continue
			}
		}
		if withoutPeople && mt.kind == dossier.KindCountry && s.people(mt) {
			continue
		}
		if s.missionOwner(mt) {
			continue // "outside the Iranian embassy": a post abroad
		}
		if country != "" && mt.country != country {
			return ""
		}
		country = mt.country
	}
	return country
}

// unnamedGroup makes an unnamed group that is the subject of the
// candidate's clause ("protesters", "a group of refugees") its actor, coded
// as event data code such groups: by the country of the place the event
// happens in, else by the one country the sentence names, with the sector
// its noun names. Only for the types of domestic contention (protest,
// force, demands, threats, rejection).
func (s *sent) unnamedGroup(c *cand, subj []int) {
	if len(subj) == 0 || s.x.kb == nil {
		return
	}
	switch c.e.typ {
	case "PROTEST", "ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "ACCUSE", "REQUEST", "REJECT":
	default:
		// visits, aid and agreements come from elsewhere: "a delegation
		// visited Minsk" is no Belarusian act
		return
	}
	ck := &s.chunks[subj[0]]
	if ck.pron || ck.relPron || ck.head < 0 {
		return
	}
	// "200 ethnic Albanians demonstrated in Belgrade": a people the
	// linker left without a state (see entity.peoples) protesting are
	// civilians of the place they protest in
	h := ck.head
	people := !s.de && c.e.typ == "PROTEST" && h > ck.lo && s.words[h].ment < 0 && capitalized(s.words[h].tok.Text) && s.words[h-1].lemma == "ethnic"

	if ck.ment >= 0 && !s.placeless(ck.ment) && !people {
		return
	}
	for j := ck.lo; j < ck.hi; j++ {
		if m := s.words[j].ment; m >= 0 && !s.placeless(m) && !people {
			return // a modifier the linker named but that names no actor ("Western")
		}
	}
	// a name the linker missed ("the International Criminal Court") is no
	// unnamed group: its head is capitalised inside the sentence (in
	// English; German capitalises every noun)
	// (the sentence's first word, or the first after a dateline, is
	// capitalised anyway, and the tagger may read it as a proper noun)
	// (a German crowd word the tagger read as a name, "demonstrierten am
	// Freitag Tausende", is a common noun)
	if h := &s.words[ck.head]; !s.opensSentence(ck.head) && !people && (h.pos != pNoun && !(s.de && crowdDE(h.lemma)) || !s.de && capitalized(h.tok.Text)) {
		return
	}
	sector := s.agentSector(ck.lo, ck.hi)
	if sector == "" && people {
		sector = "CVL"
	}
	if sector == "" && c.e.typ == "PROTEST" && s.de && crowdDE(s.words[ck.head].lemma) {
		// "Tausende Menschen demonstrierten in Prag": a crowd that protests
		// is the place's civilians (only there: "Menschen in Ungarn und
		// Österreich unterstützen Flüchtlinge" is no act of those states)
		sector = "CVL"
	}
	if sector == "" {
		// "a group of refugees": the head of the of-phrase
		if j := ck.hi; j+1 < len(s.words) && s.words[j].low == "of" {
			if n := s.words[j+1].chunk; n >= 0 && (s.chunks[n].ment < 0 || s.placeless(s.chunks[n].ment)) {
				sector = s.agentSector(s.chunks[n].lo, s.chunks[n].hi)
			}
		}
	}
	if sector == "" && c.e.typ == "PROTEST" && c.e.mode != "obstruct" && !s.de && s.pluralGroupEN(ck.head) && !s.bareObjectEN(c) {
		// "Fans rioted in X", "Inmates staged a protest at a prison in
		// X": a plural group without a sector that protests is the
		// place's civilians, as a crowd is in German; a blockade is left
		// out ("Landslides blocked roads"), and so is a verb with an
		// object ("speakers demonstrated a growing consensus": showed)
		sector = "CVL"
	}
	if sector == "LEG" && s.de {
		// "…im Sonderausschuss des Europaparlaments. Mehrere Abgeordnete
		// warfen ihm vor": members of the parliament just named
		if r, ok := s.recentLegislatureDE(); ok {
			c.actors = append(c.actors, r)
			return
		}
	}
	country := ""
	if sector == "" && c.e.typ == "ASSAULT" && s.attackNoun(ck.head) {
		// "a roadside bombing near X killed …", "eine Explosion in X
		// tötete …": an attack by nobody named is coded by where it was
		if !s.de && (s.missionWord(ck.lo, c.trig) || s.missionWord(c.trig+1, s.clauses[c.clause].hi)) {
			// "a bombing outside the Israeli embassy in Argentina", "the
			// embassy bombings", "a blast damaged the Israeli embassy in
			// Argentina": an attack on a foreign state's mission is aimed
			// at that state, and the host state, whose place it happened
			// in, is not its author
			return
		}
		country = s.placeBetween(ck.hi, c.trig)
		if country == "" && c.loc >= 0 {
			country = s.ments[c.loc].country
		}
		if country == "" {
			return
		}
	}
	if sector == "" && country == "" {
		return
	}
	// what a speaker condemns, demands or rejects is no clue to where the
	// speaker is: "Der Minister verurteilt die Angriffe Russlands auf die
	// Ukraine" is no Ukrainian minister's, so places from the object on
	// are left out (material acts happen where their phrases place them)
	hi := len(s.words)
	if !c.noun && !materialType(c.e.typ) {
		hi = s.objectStart(c, subj)
	}
	if country == "" && c.loc >= 0 && s.ments[c.loc].lo < hi {
		country = s.ments[c.loc].country
	}
	if country == "" && people {
		country = s.placeBetween(ck.hi, hi) // the place may be the protest's target
	}
	if country == "" {
		country = s.soleCountryBefore(true, hi)
		if country != "" && !s.de && s.victimsNationality(c, country) {
			// "rebels took two Italian engineers hostage": the one
			// nationality named is the civilians' the act is aimed at, no
			// clue to whose rebels they are ("rebels killed five
			// Colombian soldiers" keeps it: a state's forces are fought at home)
			return
		}
		if named := s.onlyPlace(); s.de && stateSector(sector) && named != "" && s.stateTarget(c, named) {
			// "das Moskauer Außenministerium bestellte die polnische
			// Botschafterin ein": the one country named is the other
			// side's ("die Opposition warf dem türkischen Präsidenten …
			// vor" stays the country's opposition against its government)
			if !s.datelineForceDE(c, ck, sector, named) {
				return
			}
			country = s.st.dateline // "Jerusalem – Zwei Palästinenser wurden von der Armee erschossen"
		}
	}
	if country == "" && s.speakerOfStateDE(c, ck, sector, hi) {
		// "Berlin – Der Minister verurteilte …": an unnamed organ of state
		// speaking in a sentence that names no country outside what it
		// speaks of is the dateline's, like its police and army below
		country = s.st.dateline
	}
	if country == "" && (c.e.typ == "COERCE" || s.de && s.stateAgent(c, ck, sector) || !s.de && c.e.typ == "PROTEST" && !stateSector(sector)) && s.st != nil && s.onlyCountry() == "" {
		// police work in a sentence that names no place: the dateline's
		// state (see placeActor); in German news also any act of an
		// unnamed state agent ("Kabul – Sicherheitskräfte griffen … an",
		// "Die Armee beschoss …"): the reporter files from the state whose
		// police and army they are, unless the sentence names a country
		country = s.st.dateline
	}
	if country == "" {
		return
	}
	if r, ok := s.stateRef(country, sector); ok {
		c.actors = append(c.actors, r)
	}
}

// victimsNationality says whether the country the sentence names only as
// the nationality of a civilian target after the trigger ("two Italian
// engineers") and nowhere else.
func (s *sent) victimsNationality(c *cand, country string) bool {
	civilian := false
	for _, t := range c.targets {
		if !stateSector(t.sector) {
			civilian = true
		}
	}
	if !civilian {
		return false
	}
	for i := range s.ments {
		mt := &s.ments[i]
		if mt.country != country {
			continue
		}
		if !mt.adj || mt.lo < c.trig {
			return false
		}
		target := false
		for _, t := range c.targets {
			target = target || t.ent == mt.m.Entity && !stateSector(t.sector)
		}
		if !target {
			return false
		}
	}
	return true
}

// objectStart returns the first word of the first bare phrase of the
// candidate's clause other than its subject and a genitive ("Die Führung
// der Krim forderte …") (its object: "verurteilt die Angriffe …"), or the
// clause's end when it has none.
func (s *sent) objectStart(c *cand, subj []int) int {
	cl := &s.clauses[c.clause]
	from := c.trig + 1
	if s.de {
		from = cl.lo
	}
	for j := from; j < cl.hi; j++ {
		k := s.words[j].chunk
		if k < 0 || s.chunks[k].lo != j || containsInt(subj, k) {
			continue
		}
		if ck := &s.chunks[k]; ck.prep < 0 && !ck.gen && !s.isTimex(ck) && !ck.pron {
			return ck.lo
		}
	}
	return cl.hi
}

// recentLegislatureDE returns the parliament the sentence or the ones just
// before it named, for unnamed members of it.
func (s *sent) recentLegislatureDE() (argRef, bool) {
	if s.st == nil {
		return argRef{}, false
	}
	for i := len(s.st.named) - 1; i >= 0; i-- {
		e := &s.st.named[i]
		if e.sent > s.idx || e.sent < s.idx-corefWindow || e.r.kind != dossier.KindOrganization {
			continue
		}
		if info, ok := s.x.kb.Info(e.r.ent); ok && (info.Sector == "LEG" || strings.Contains(info.Name, "Parliament")) {
			r := e.r
			r.sector = "LEG"
			return r, true
		}
	}
	return argRef{}, false
}

// speakerOfStateDE says whether the unnamed subject ck of a German speech
// act (a condemnation, demand, rejection or threat) is an organ of state
// (sector GOV) named by a definite noun alone ("Der Minister", "Die
// Regierung"), in a sentence that names no country before word hi, the
// start of what it speaks of, under a dateline. "Ein Sprecher der
// Kampagne" is someone's, and the text says whose.
func (s *sent) speakerOfStateDE(c *cand, ck *chunk, sector string, hi int) bool {
	if !s.de || c.noun || sector != "GOV" && sector != "LEG" || materialType(c.e.typ) || s.st == nil || s.st.dateline == "" {
		return false
	}
	// "Ein Regierungssprecher", "Der Sprecher des Außenministeriums": the
	// compound or the genitive says it speaks for the government, which
	// one of them does not change ("ein Sprecher" alone may be anyone's)
	organ := s.organGenitiveDE(ck)
	switch w := &s.words[ck.lo]; w.low {
	case "der", "die", "das":
	case "ein", "eine":
		if !organ && !stateSpokesmanDE(s.words[ck.head].low) {
			return false
		}
	case "mehrere", "einige", "zahlreiche", "viele", "etliche", "manche":
		// "Mehrere Abgeordnete warfen ihm vor": some members of the
		// dateline's parliament, as "die Regierung" is its government
		if sector != "LEG" {
			return false
		}
	default:
		if sector != "LEG" || w.pos != pNum {
			return false
		}
	}
	if containsByte(s.words[ck.head].low, '-') {
		return false // "Die DFB-Führung", "die SPD-Spitze": the compound says whose
	}
	for j := ck.lo + 1; j <= ck.hi && j < len(s.words); j++ {
		if organ && j == ck.hi {
			break // the genitive is an organ of the state itself
		}
		if w := &s.words[j]; w.pos == pDet || w.pos == pPropn || w.ment >= 0 {
			return false // a genitive after the head: whose organ it is
		}
	}
	for i := range s.ments {
		if mt := &s.ments[i]; mt.lo < hi && mt.country != "" {
			return false
		}
	}
	return true
}

// spokesmanOfDatelineDE says whether the German person mention mt is
// titled as a government's or ministry's spokesman ("Regierungssprecher
// X", "Außenamtssprecherin Y") in a sentence under a dateline whose state
// is not the other side of the event.
func (s *sent) spokesmanOfDatelineDE(mt *ment, others []argRef) bool {
	if !s.de || mt.kind != dossier.KindPerson || mt.lo == 0 || s.st == nil || s.st.dateline == "" {
		return false
	}
	return stateSpokesmanDE(s.words[mt.lo-1].low) && !s.otherSide(s.st.dateline, others)
}

// stateSpokesmanDE says whether a German noun is the spokesman of a
// government or of a ministry ("regierungssprecher", "außenamtssprecherin",
// "ministeriumssprecher").
func stateSpokesmanDE(noun string) bool {
	for _, end := range [...]string{"sprecher", "sprecherin"} {
		if strings.HasSuffix(noun, end) && stateOrganDE(strings.TrimSuffix(strings.TrimSuffix(noun, end), "s")) {
			return true
		}
	}
	return false
}

// stateOrganDE says whether a German noun names a government or one of
// its ministries ("regierung", "außenamt", "innenministerium").
func stateOrganDE(noun string) bool {
	return noun == "regierung" || noun == "außenamt" || noun == "kanzleramt" || strings.HasSuffix(noun, "ministerium")
}

// organGenitiveDE says whether the German phrase ck is a spokesman
// followed by the genitive of a government or ministry that names no one
// ("der Sprecher des Außenministeriums"): the ministry is the state's own.
func (s *sent) organGenitiveDE(ck *chunk) bool {
	switch s.words[ck.head].lemma {
	case "sprecher", "sprecherin":
	default:
		return false
	}
	if ck.hi >= len(s.words) || s.words[ck.hi].chunk < 0 {
		return false
	}
	n := s.words[ck.hi].chunk
	g := &s.chunks[n]
	return g.gen && g.lo == ck.hi && g.head >= 0 && s.chunkRef(n) < 0 && stateOrganDE(s.words[g.head].lemma)
}

// stateTarget says whether a target of the candidate is the state of
// country itself or its government.
func (s *sent) stateTarget(c *cand, country string) bool {
	for i := range c.targets {
		t := &c.targets[i]
		if t.kind == dossier.KindCountry && (t.sector == "" || t.sector == "GOV" || t.sector == "CVL") && s.countryOf(t) == country {
			return true
		}
	}
	return false
}

// stateSector says whether an agent noun of this sector names an organ of
// a state.
func stateSector(sector string) bool {
	switch sector {
	case "GOV", "MIL", "COP", "SPY", "JUD":
		return true
	}
	return false
}

// stateAgent says whether the unnamed subject of a German act of force, or
// of a charge, is an organ of a state: army, police, intelligence service,
// the authorities, for a charge also the prosecutors and courts. A spokesman or a government is no such organ: either is
// someone's, and the text names whose.
func (s *sent) stateAgent(c *cand, ck *chunk, sector string) bool {
	switch c.e.typ {
	case "ASSAULT", "COERCE", "MOBILIZE", "THREATEN":
	case "ACCUSE":
		// prosecutors, police and army who charge, investigate or blame
		// ("Die Staatsanwaltschaft hat Anklage erhoben", "Die Armee machte
		// die PKK verantwortlich") act for their state as in force; a
		// government's or spokesman's words are speakerOfStateDE's
		return sector == "JUD" || sector == "COP" || sector == "MIL" || sector == "SPY"
	default:
		return false
	}
	switch sector {
	case "MIL", "COP", "SPY":
		return true
	case "GOV":
		return singular(s.words[ck.head].lemma) == "behörde"
	}
	return false
}

// placeless says whether mention m names no actor event data can code: a
// place the knowledge base cannot locate (a name only the recogniser
// found, or a misspelling) or an unknown religious or ideological modifier.
// "Soroti residents", "a group of Kibera refugees", "Islamic
// fundamentalists" are unnamed groups of people, coded by the country the
// sentence names.
func (s *sent) placeless(m int) bool {
	mt := &s.ments[m]
	return mt.country == "" && (mt.kind == dossier.KindLocation || mt.kind == dossier.KindOther && !s.known(mt.m.Entity))
}

// attackNoun says whether word i names an attack: a noun the lexicon makes
// an ASSAULT, or an explosion.
func (s *sent) attackNoun(i int) bool {
	w := &s.words[i]
	switch w.lemma {
	case "explosion", "blast", "detonation", "anschlag":
		return true
	}
	for _, e := range s.lx.nounEntries(w.lemma) {
		if e.typ == "ASSAULT" && len(e.obj) == 0 && len(e.prep) == 0 {
			return true
		}
	}
	return false
}

// missionWord says whether words [lo, hi) name a diplomatic mission.
func (s *sent) missionWord(lo, hi int) bool {
	for k := lo; k < hi && k < len(s.words); k++ {
		switch s.words[k].lemma {
		case "embassy", "consulate", "legation":
			return true
		}
	}
	return false
}

// missionOwner says whether English mention mt names the state whose
// diplomatic post the noun right after it is ("the Iranian embassy", "Iran's
// consulate"): the post stands in another country, so its owner says
// nothing of where what happens at it happens, nor whose police act there.
func (s *sent) missionOwner(mt *ment) bool {
	if s.de || mt.country == "" {
		return false
	}
	j := mt.hi
	if j < len(s.words) && (s.words[j].low == "'s" || s.words[j].low == "'") {
		j++
	}
	if j >= len(s.words) || s.words[j].ment >= 0 {
		return false
	}
	switch s.words[j].lemma {
	case "embassy", "consulate", "legation", "chancery":
		return true
	}
	return false
}

// placeBetween returns the country of the first place named in words
// [lo, hi) ("near the town of Samarra").
func (s *sent) placeBetween(lo, hi int) string {
	for k := lo; k < hi && k < len(s.words); k++ {
		if m := s.words[k].ment; m >= 0 {
			mt := &s.ments[m]
			if (mt.kind == dossier.KindLocation || mt.kind == dossier.KindCountry) && !mt.adj {
				return mt.country
			}
		}
	}
	return ""
}

// acronym says whether the participant is named by an acronym ("EC",
// "GCC"): an unknown acronym is more likely an international or national
// body the knowledge base lacks than a domestic group.
func (s *sent) acronym(ent string) bool {
	for i := range s.ments {
		if s.ments[i].m.Entity != ent {
			continue
		}
		t := s.ments[i].m.Text
		if len(t) < 2 {
			return false
		}
		for _, r := range t {
			if unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	return false
}

// accusedInClause gives an accusation made to an addressee the subject of
// its that-clause as target: "X complained to the United Nations that Y
// was blocking exports" accuses Y, not the United Nations.
func (s *sent) accusedInClause(c *cand) {
	if c.e.typ != "ACCUSE" || c.noun || len(c.targets) == 0 {
		return
	}
	k := c.clause + 1
	if k >= len(s.clauses) {
		return
	}
	// a that-clause; the tagger may read "that" as a relative pronoun, but a
	// clause with a subject of its own after it is a complement
	nc := &s.clauses[k]
	first := &s.words[nc.lo]
	subjK := s.subject(k)
	switch {
	case nc.kind == cSub && nc.sub >= 0 && isComplementizer(s.words[nc.sub].low):
	case nc.kind == cRel && first.low == "that" && len(subjK) > 0 && s.chunks[subjK[0]].lo > nc.lo:
	default:
		return
	}
	// the targets must all come from a to-phrase of the trigger's clause
	cl := &s.clauses[c.clause]
	addressee := false
	for j := c.trig + 1; j < cl.hi; j++ {
		if s.words[j].low == "to" && j+1 < cl.hi && s.words[j+1].chunk >= 0 {
			if m := s.chunkRef(s.words[j+1].chunk); m >= 0 {
				for _, t := range c.targets {
					if t.ent == s.ments[m].m.Entity {
						addressee = true
					}
				}
			}
		}
	}
	if !addressee {
		return
	}
	refs := s.refsOf(subjK, nil)
	if len(refs) == 0 {
		return
	}
	c.targets = append(c.targets[:0], refs...)
}

// elaborations drops the events of English participle clauses that only
// elaborate an event of the clause they hang on (", killing one person and
// arresting 12", ", setting fire to mattresses"): event data code the main
// event once, and a participle event without a target of its own adds no
// participant. A participle event with a target stays.
func (s *sent) elaborations(cands []cand) []cand {
	if s.de {
		return cands
	}
	hasEvent := make([]bool, len(s.clauses))
	for i := range cands {
		hasEvent[cands[i].clause] = true
	}
	n := 0
	for i := range cands {
		c := &cands[i]
		if !c.noun {
			if main := s.participleHead(c.clause); main >= 0 && hasEvent[main] && (len(c.targets) == 0 || sameActInClause(cands, main, c)) {
				continue
			}
		}
		cands[n] = cands[i]
		n++
	}
	return cands[:n]
}

// sameActInClause says whether clause ci holds an event of c's type with
// one of c's actors, and c names no target that event lacks other than its
// actors themselves: "shelled a market, killing 30 people" is one attack,
// though the domestic coding gave the killing the actor's state as target;
// "attacked a base, killing five Kenyan soldiers" names whom it hit.
func sameActInClause(cands []cand, ci int, c *cand) bool {
	has := func(rs []argRef, ent string) bool {
		for _, r := range rs {
			if r.ent == ent {
				return true
			}
		}
		return false
	}
	for i := range cands {
		m := &cands[i]
		if m.clause != ci || m.e.typ != c.e.typ {
			continue
		}
		shared := false
		for _, a := range c.actors {
			shared = shared || has(m.actors, a.ent)
		}
		if !shared {
			continue
		}
		covered := true
		for _, t := range c.targets {
			covered = covered && (has(m.targets, t.ent) || has(c.actors, t.ent))
		}
		if covered {
			return true
		}
	}
	return false
}

// participleHead returns, for a clause of a chain that starts with an -ing
// participle after a comma (", killing …" and its "and arresting …"), the
// clause the chain hangs on; -1 otherwise.
func (s *sent) participleHead(ci int) int {
	for k := ci; k >= 0 && s.clauses[k].kind == cCoordVP; k = s.clauses[k].parent {
		c := &s.clauses[k]
		first := c.lo
		if s.words[first].pos == pCconj {
			continue // "and arresting": look at the clause it continues
		}
		if first > 0 && s.words[first-1].low == "," && hasSuffix(s.words[first].low, "ing") {
			return c.parent
		}
		return -1
	}
	return -1
}

// people says whether a country mention names its people by a plural
// ("the Iranians") rather than the country.
func (s *sent) people(mt *ment) bool {
	w := &s.words[mt.hi-1]
	if !hasSuffix(w.low, "s") {
		return false
	}
	info, ok := s.x.kb.Info(mt.m.Entity)
	return ok && !strings.Contains(strings.ToLower(info.Name), w.low)
}

// crowdDE says whether a German noun names a crowd of people by what they
// are or how many ("Menschen", "Tausende", "Anwohner").
func crowdDE(lemma string) bool {
	switch lemma {
	case "mensch", "menschen", "leute", "person", "personen", "einwohner", "anwohner", "bewohner",
		"dutzende", "hunderte", "tausende", "tausend", "zehntausende", "zehntausend", "hunderttausende":
		return true
	}
	return false
}

// bareObjectEN says whether the English verb trigger of c has a bare
// phrase after it before the next verb: its object ("demonstrated a
// consensus"), not a place or time ("marched through X on Sunday to
// demand …").
func (s *sent) bareObjectEN(c *cand) bool {
	if c.noun {
		return false
	}
	cl := &s.clauses[c.clause]
	for j := c.trig + 1; j < cl.hi; j++ {
		w := &s.words[j]
		if w.pos == pVerb || w.pos == pAux {
			return false
		}
		if k := w.chunk; k >= 0 && s.chunks[k].lo == j {
			if ck := &s.chunks[k]; ck.prep < 0 && !ck.gen && !s.isTimex(ck) && !ck.pron {
				return true
			}
		}
	}
	return false
}

// pluralGroupEN says whether English word i is a plural common noun
// ("fans", "inmates", "thousands"), the head of a group of people when it
// is the subject of a protest; capitalised only as the sentence's first
// word.
func (s *sent) pluralGroupEN(i int) bool {
	w := &s.words[i]
	return w.pos == pNoun && w.lemma != w.low && len(w.low) > 3 && hasSuffix(w.low, "s") && !hasSuffix(w.low, "ss") &&
		(i == 0 || !capitalized(w.tok.Text))
}

// sportClause says whether English clause ci reports a game: one of its
// nouns is a sport cue ("the rugby final", "the Grand Prix", "the tennis
// player"). A team counts only when it is not someone's team of people
// ("a team of inspectors") or a body's ("the UN team") or one at work
// ("the negotiating team").
func (s *sent) sportClause(ci int) bool {
	sport, ws := s.lx.cues.sport, s.words
	c := &s.clauses[ci]
	if s.scoreLine(c.lo, c.hi) {
		return true
	}
	for j := c.lo; j < c.hi; j++ {
		w := &ws[j]
		// a noun, or an adjective that ends its phrase where a noun should
		// be ("the Euro semi-final" tagged as an adjective)
		if w.pos != pNoun && w.pos != pPropn && !(w.pos == pAdj && w.chunk >= 0 && s.chunks[w.chunk].hi == j+1) {
			continue
		}
		if j+1 < c.hi && sport[w.lemma+" "+ws[j+1].lemma] {
			return true
		}
		if !sport[w.lemma] && !sport[singular(w.lemma)] {
			continue
		}
		if w.lemma != "team" && w.lemma != "squad" {
			return true
		}
		if s.sportTeam(j) {
			return true
		}
	}
	return false
}

// sportSentenceEN says whether an English sentence tells of games: a
// clause of it does (see sportClause), for the count of sport sentences of
// a document (docState.sportSents).
func (s *sent) sportSentenceEN() bool {
	for ci := range s.clauses {
		if s.sportClause(ci) {
			return true
		}
	}
	return false
}

// sportSidesEN says whether, in an English report of games (two earlier
// sentences with sport words), the candidate is one between players or
// sides: all its actors and targets are countries, places, or persons the
// knowledge base gives no country and the sentence no office ("Agassi
// meets Alami in the first round", "two Americans will meet on Friday").
// A minister or a state's leader among them keeps the event.
func (s *sent) sportSidesEN(c *cand) bool {
	if s.st == nil || s.st.sportSents < 2 || len(c.actors) == 0 {
		return false
	}
	for _, parts := range [2][]argRef{c.actors, c.targets} {
		for i := range parts {
			a := &parts[i]
			switch a.kind {
			case dossier.KindCountry, dossier.KindLocation:
				if a.sector != "" {
					return false // "the Iranian government"
				}
			case dossier.KindPerson:
				if s.coded(a) || s.officeHolder(a) {
					return false
				}
			default:
				return false
			}
		}
	}
	return true
}

// resultVerb are English verbs of a game's result.
var resultVerb = map[string]bool{"beat": true, "defeat": true, "draw": true, "lose": true, "win": true,
	"edge": true, "thrash": true, "rout": true, "crush": true, "overcome": true, "down": true, "hold": true}

// scoreLine says whether words lo..hi give a game's result: a verb of
// winning or losing and a score ("beat Brazil 1-0", "drew 2-2"). A span of
// years ("1991-1995") is no score.
func (s *sent) scoreLine(lo, hi int) bool {
	verb, score := false, false
	for j := lo; j < hi; j++ {
		w := &s.words[j]
		verb = verb || resultVerb[w.lemma]
		score = score || isScore(w.low)
	}
	return verb && score
}

// isScore says whether word is an English score: two numbers of one or two
// digits joined by a hyphen or a dash. German writes scores with a colon
// (colonScore).
func isScore(word string) bool {
	a, b, ok := strings.Cut(word, "-")
	if !ok {
		a, b, ok = strings.Cut(word, "–")
	}
	return ok && digits12(a) && digits12(b)
}

// sportTeam says whether the team noun at j is a side in a game, not a
// group at work (see sportClause).
func (s *sent) sportTeam(j int) bool {
	ws := s.words
	k := ws[j].chunk
	if k < 0 || s.followingPhrase(k, true) >= 0 {
		return false
	}
	for i := s.chunks[k].lo; i < j; i++ {
		if strings.HasSuffix(ws[i].low, "ing") {
			return false
		}
		if m := ws[i].ment; m >= 0 && s.ments[m].kind == dossier.KindOrganization {
			return false
		}
		if i == j-1 && ws[i].pos == pNoun && !s.lx.cues.sport[ws[i].lemma] || workTeam[ws[i].low] {
			// "a rescue team", "an inspection team", "a medical team":
			// a team named by its work (a game names its sport)
			return false
		}
	}
	return true
}

// workTeam are adjectives that name the work of a team ("a medical team",
// "a forensic team"), which no side in a game is named by.
var workTeam = map[string]bool{"medical": true, "technical": true, "forensic": true, "legal": true,
	"diplomatic": true, "humanitarian": true, "military": true, "scientific": true}

// homeVisit says whether every place a visit goes to lies in the country
// of every visitor.
func (s *sent) homeVisit(c *cand) bool {
	if len(c.targets) == 0 || len(c.actors) == 0 {
		return false
	}
	home := ""
	for i := range c.actors {
		info, ok := s.x.kb.Info(c.actors[i].ent)
		if !ok || info.Country == "" || home != "" && info.Country != home {
			return false
		}
		home = info.Country
	}
	for i := range c.targets {
		if c.targets[i].kind != dossier.KindLocation {
			return false
		}
		info, ok := s.x.kb.Info(c.targets[i].ent)
		if !ok || info.Country != home {
			return false
		}
	}
	return true
}

// anyStateActor says whether an actor is coded as a state's or an
// international body's and not named only as a firm's home ("a Dutch
// bank").
func (s *sent) anyStateActor(as []argRef) bool {
	for i := range as {
		if s.coded(&as[i]) && !s.firm(&as[i]) && !s.knownFirm(&as[i]) {
			return true
		}
	}
	return false
}

// pressureNoun are English nouns of pressing someone to act.
var pressureNoun = map[string]bool{"pressure": true, "call": true, "demand": true, "appeal": true, "request": true, "plea": true}

// pressureAgent returns the chunk naming who pressed an English refusal's
// actor in vain ("declined to resign despite pressure by Washington"): the
// one refused, so the refusal's target. -1 if none.
func (s *sent) pressureAgent(c *cand) int {
	cl := &s.clauses[c.clause]
	for k := range s.chunks {
		ck := &s.chunks[k]
		if ck.lo <= c.trig || ck.lo >= cl.hi || !s.afterDespite(ck) || ck.head < 0 ||
			!pressureNoun[singular(s.words[ck.head].lemma)] {
			continue
		}
		n := s.followingPhrase(k, false)
		if n < 0 || s.chunks[n].ment < 0 || s.chunks[n].prep < 0 {
			return -1
		}
		if p := s.words[s.chunks[n].prep].low; p != "by" && p != "from" {
			return -1
		}
		return n
	}
	return -1
}

// afterDespite says whether "despite" governs the phrase: as its
// preposition, or as its first word or the word before it where the tagger
// read it as a noun or took a participle between ("despite mounting
// calls", "despite growing pressure").
func (s *sent) afterDespite(ck *chunk) bool {
	if ck.prep >= 0 {
		return s.words[ck.prep].low == "despite"
	}
	j := ck.lo
	if s.words[j].low == "despite" {
		return true
	}
	for j--; j >= 0 && j >= ck.lo-2; j-- {
		switch w := &s.words[j]; {
		case w.low == "despite":
			return true
		case w.pos != pVerb && w.pos != pAdj && w.pos != pNoun:
			return false
		}
	}
	return false
}

// knownFirm says whether the knowledge base knows the participant as a
// company (Samsung, Toyota): its country is its home, not its principal.
func (s *sent) knownFirm(a *argRef) bool {
	if s.x.kb == nil {
		return false
	}
	info, ok := s.x.kb.Info(a.ent)
	return ok && info.Sector == "BUS"
}

// privateActors says whether every actor is coded with a private sector:
// business, farming, labour or civilians.
func privateActors(as []argRef) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		switch a.sector {
		case "BUS", "AGR", "LAB", "CVL":
		default:
			return false
		}
	}
	return true
}

// changeVerb are English verbs of a figure's movement that the lexicon also
// has as acts ("declined" an offer, "eased" sanctions).
var changeVerb = map[string]bool{"decline": true, "fall": true, "drop": true, "rise": true, "increase": true,
	"decrease": true, "climb": true, "slip": true, "grow": true, "jump": true, "plunge": true, "ease": true,
	"gain": true, "slump": true, "surge": true, "soar": true, "tumble": true, "shrink": true}

// tradeFlowEN are the English lemmas of trade flows.
var tradeFlowEN = map[string]bool{"export": true, "import": true, "reexport": true, "re-export": true}

// firmNamedEN says whether the English sentence names a company by its
// name's suffix ("Airgas Inc", "Insituform Group Ltd").
func (s *sent) firmNamedEN() bool {
	for j := range s.ments {
		mt := &s.ments[j]
		if mt.hi > mt.lo && mt.kind == dossier.KindOrganization && corporateSuffix[strings.TrimSuffix(s.words[mt.hi-1].low, ".")] {
			return true
		}
	}
	return false
}

// commercialOfferEN says whether an English offer read by the verb's bare
// row (no object the lexicon names: "offer fares", "offer services",
// "offer a trading system") is made by no state: a firm, an exchange or a
// body the knowledge base does not code sells its wares; "Iran offered to
// mediate" and "the firm offered aid" are read by rows of their own.
func (s *sent) commercialOfferEN(c *cand) bool {
	return !c.noun && c.e.lemma == "offer" && c.e.typ == "AGREE" && c.e.specific == 0 &&
		len(c.actors) > 0 && !s.anyStateActor(c.actors)
}

// commercialApprovalEN says whether an English approval is a regulator's
// of a firm's product or deal, no political concession: what is approved
// is for marketing or sale ("approved the drug for marketing", "approval
// to market"), an export or import of an amount ("authorised the export of
// 60,500 tonnes of barley"), or every target is a firm ("approved
// Continental's agreement").
func (s *sent) commercialApprovalEN(c *cand) bool {
	switch c.e.lemma {
	case "approve", "approval", "authorise", "authorize":
	default:
		return false
	}
	if c.e.typ != "CONCEDE" && c.e.typ != "AGREE" {
		return false
	}
	cl := &s.clauses[c.clause]
	flow, amount := false, false
	for j := cl.lo; j < cl.hi; j++ {
		w := &s.words[j]
		if l := w.lemma; l == "market" || l == "marketing" {
			return true
		}
		// "authorised the export of 60,500 tonnes of barley": a licence
		// for a trade flow
		if j == c.trig+1 && w.chunk >= 0 && s.chunks[w.chunk].head >= 0 && !c.noun {
			flow = tradeFlowEN[s.words[s.chunks[w.chunk].head].lemma]
		}
		amount = amount || j > c.trig && w.pos == pNum
	}
	if flow && amount {
		return true
	}
	if len(c.targets) == 0 {
		// "The agreement, approved by the Justice Department": in a story
		// whose lead names a firm, an approval of no one is a regulator's
		return s.st != nil && s.st.firmLead
	}
	for i := range c.targets {
		t := &c.targets[i]
		if !s.knownFirm(t) && !s.allCorporate(c.targets[i:i+1]) && t.sector != "BUS" {
			return false
		}
	}
	return true
}

// lenderEN are the lenders among states whose approvals of money are
// loans or credits.
var lenderEN = map[string]bool{"kb:imf": true, "kb:world-bank": true}

// lenderApprovalEN says whether an English approval is a lender's (the
// IMF, the World Bank) of an amount or a loan ("approved 80 mln SDRs",
// "approved a loan"): economic aid, no concession.
func (s *sent) lenderApprovalEN(c *cand) bool {
	switch c.e.lemma {
	case "approve", "approval":
	default:
		return false
	}
	if c.e.typ != "CONCEDE" && c.e.typ != "AGREE" || len(c.actors) == 0 {
		return false
	}
	for _, a := range c.actors {
		if !lenderEN[a.ent] {
			return false
		}
	}
	cl := &s.clauses[c.clause]
	for j := c.trig + 1; j < cl.hi; j++ {
		switch w := &s.words[j]; {
		case w.pos == pNum, w.lemma == "loan", w.lemma == "credit", w.lemma == "lending":
			return true
		}
	}
	return false
}

// lenderTargetsEN are the countries a lender's approval is for: its
// targets that are countries, or else the first country named after the
// approval in its clause ("125.9 mln SDRs to assist development in
// Jamaica"); a currency or a fund is no target.
func (s *sent) lenderTargetsEN(c *cand) []argRef {
	var out []argRef
	for _, t := range c.targets {
		if t.kind == dossier.KindCountry {
			out = append(out, t)
		}
	}
	if len(out) > 0 {
		return out
	}
	cl := &s.clauses[c.clause]
	for m := range s.ments {
		if mt := &s.ments[m]; mt.kind == dossier.KindCountry && mt.lo > c.trig && mt.lo < cl.hi {
			return []argRef{s.ref(m, "")}
		}
	}
	return nil
}

// tradeStatisticEN says whether an English trade flow is told as a
// statistic: by a noun ("corn exports to Canada"), a verb in the present
// or bare ("Taiwan imports all its soybeans", "is unlikely to import"), or
// with an amount in its clause ("exported 159,000 tonnes", "most of its
// wheat"); "Peru exported copper to Chile" stays a deal done.
func (s *sent) tradeStatisticEN(c *cand) bool {
	low := s.words[c.trig].low
	if c.noun || !strings.HasSuffix(low, "ed") {
		return true
	}
	cl := &s.clauses[c.clause]
	for j := cl.lo; j < cl.hi; j++ {
		switch w := &s.words[j]; {
		case w.pos == pNum:
			return true
		case w.low == "all" || w.low == "any" || w.low == "most" || w.low == "half" || w.low == "percent" || w.low == "pct":
			return true
		}
	}
	return false
}

// amountChange says whether the English verb at i is followed right away
// by to, from or by and a number: a figure that moved ("declined to
// 358,661", "rose by 3 pct"), not an act.
func (s *sent) amountChange(i int) bool {
	ws := s.words
	if i+2 >= len(ws) || !changeVerb[ws[i].lemma] {
		return false // "were killed by two gunmen", "sentenced to five years" are acts
	}
	switch ws[i+1].low {
	case "to", "from", "by":
	default:
		return false
	}
	n := &ws[i+2]
	if n.pos == pNum {
		return true
	}
	_, ok := s.lx.cues.qword[n.low]
	return ok
}

// statesOnly says whether every actor is a state, its organ or one of its
// officials: a country with no sector or a state sector, or anyone of the
// government sector. Crowds of a country's people have a sector of their own.
func statesOnly(as []argRef) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		if a.sector != "GOV" && (a.kind != dossier.KindCountry || a.sector != "" && !stateSector(a.sector)) {
			return false
		}
	}
	return true
}

// stateSubjectDE says whether every phrase of the subject of German clause
// ci names a state or its organ: a name ("Ägypten", "die Türkei") or a noun
// of a state sector ("die Regierung", "der Außenminister"); "Tausende
// Ägypter" are a country's people, linked to it all the same.
func (s *sent) stateSubjectDE(ci int) bool {
	subj := s.subject(ci)
	if len(subj) == 0 {
		return false
	}
	for _, k := range subj {
		ck := &s.chunks[k]
		named := ck.ment >= 0 && !ck.modifier && !s.ments[ck.ment].adj
		if !named && !stateSector(s.agentSector(ck.lo, ck.hi)) {
			return false
		}
	}
	return true
}

// protestActors says whether every actor is coded with a sector of people
// who protest rather than govern: opposition, farmers, labour, students,
// civilians.
func protestActors(as []argRef) bool {
	if len(as) == 0 {
		return false
	}
	for _, a := range as {
		switch a.sector {
		case "OPP", "AGR", "LAB", "EDU", "CVL":
		default:
			return false
		}
	}
	return true
}

// ownBody says whether every target of c is an organisation of the
// country of one of its actors.
func (s *sent) ownBody(c *cand) bool {
	if len(c.targets) == 0 {
		return false
	}
	own := map[string]bool{}
	for i := range c.actors {
		if co := s.countryOf(&c.actors[i]); co != "" {
			own[co] = true
		}
	}
	for i := range c.targets {
		t := &c.targets[i]
		if t.kind != dossier.KindOrganization || !own[s.countryOf(t)] {
			return false
		}
	}
	return true
}

// demonstrators says whether every actor is coded as the opposition in
// the streets (protesters, demonstrators, rioters, activists).
func demonstrators(as []argRef) bool {
	for _, a := range as {
		if a.sector != "OPP" {
			return false
		}
	}
	return len(as) > 0
}

// businessOnlyEN says whether an English event of cooperation, demand,
// concession, protest, accusation or refusal is among firms and places only
// (a firm's lawsuit against a rival, "KLM rejected TWA's invitation"): one participant at least a firm
// of the knowledge base (sector BUS) or a company by its name's suffix
// ("Corp", "Inc"), the others firms, organisations it does not know, or
// the places where the business is ("staged a rally on Wall Street").
// A firm's dealings with a state or a ministry stay.
func (s *sent) businessOnlyEN(c *cand) bool {
	if s.x.kb == nil {
		return false
	}
	switch c.e.typ {
	case "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID", "REQUEST", "PROTEST", "CONCEDE", "ACCUSE", "REJECT":
	default:
		return false
	}
	firm := false
	for side, parts := range [2][]argRef{c.actors, c.targets} {
		for i := range parts {
			a := &parts[i]
			info, known := s.x.kb.Info(a.ent)
			switch {
			case known && info.Sector == "BUS" && (a.sector == "" || a.sector == "BUS"):
				firm = true
			case !known && a.kind == dossier.KindOrganization:
				firm = firm || s.allCorporate(parts[i:i+1])
			case side == 1 && a.kind == dossier.KindLocation:
			default:
				return false
			}
		}
	}
	return firm
}

// businessOnlyDE says whether a German talk, agreement, cooperation, praise
// or delivery is between firms only: every participant a firm of the
// knowledge base (its sector BUS), one named as a firm (see firmOnlyDE) or
// an organisation it does not know, one firm at least.
// Such deals are business, not the political acts event data code; a
// firm's talks with a state or a ministry stay.
func (s *sent) businessOnlyDE(c *cand) bool {
	if s.x.kb == nil {
		return false
	}
	switch c.e.typ {
	case "CONSULT", "AGREE", "COOPERATE", "SUPPORT", "AID":
	default:
		return false
	}
	firm := false
	for _, parts := range [2][]argRef{c.actors, c.targets} {
		for i := range parts {
			a := &parts[i]
			info, known := s.x.kb.Info(a.ent)
			switch {
			case known && info.Sector == "BUS", s.firmOnlyDE(a):
				firm = true
			case !known && a.kind == dossier.KindOrganization:
			default:
				return false
			}
		}
	}
	return firm
}

// ownerInName reads the owner a name the knowledge base lacks starts with:
// a country or a known organisation before a public body's own words
// ("the Kenya Anti-Corruption Commission", "the Tanzania Police Force"),
// or before the title of a person the linker took with it ("Arab League
// envoy Lakhdar Saleh", "NATO Secretary-General X"). Event data code such
// a body or official by its owner. It returns the owner's country, or the
// organisation's entity when the owner is a body without one; the sector is
// the one the name's own words give.
func (s *sent) ownerInName(mt *ment) (country string, org argRef) {
	if s.de || !strings.HasPrefix(mt.m.Entity, "local:") {
		return "", argRef{}
	}
	pk, ok := s.x.kb.(placeKB)
	if !ok {
		return "", argRef{}
	}
	lo := mt.lo
	if k := s.words[lo].chunk; k >= 0 && mt.kind == dossier.KindPerson {
		lo = s.chunks[k].lo // the title and its owner may stand before the name, in its phrase
		if lo == mt.lo && k > 0 && s.chunks[k-1].hi == lo && s.chunks[k-1].prep < 0 && stateSector(s.titleSector(lo-1)) {
			// or in a phrase of their own the chunker split off: "World
			// Bank President | Ana Souza"
			lo = s.chunks[k-1].lo
		}
	}
	if s.words[lo].pos == pDet {
		lo++
	}
	for n := min(3, mt.hi-lo-1); n >= 1; n-- {
		end := lo + n
		if !s.capitalizedRun(lo, end) {
			continue
		}
		if mt.kind == dossier.KindPerson && !stateSector(s.titleSector(end)) && !s.lowerTitle(end, mt.lo) {
			// "Ali Hamisi": a person's own names, no owner; "Kenya Airways
			// chairman"; a title of several words counts by its head ("Arab
			// League deputy envoy")
			continue
		}
		if mt.kind != dossier.KindPerson && !publicBody[s.words[mt.hi-1].lemma] && !stateSector(s.agentSector(end, mt.hi)) {
			continue // "Thai Airways": a firm's home is no owner
		}
		for _, c := range pk.Lookup(s.wordsText(lo, end), "en") {
			switch {
			case c.Kind == dossier.KindCountry && c.Country != "":
				return c.Country, argRef{}
			case c.Kind == dossier.KindOrganization && c.Country == "":
				if info, ok := s.x.kb.Info(c.ID); ok && (info.Sector == "IGO" || info.Sector == "NGO") {
					return "", argRef{ent: c.ID, sector: info.Sector, kind: dossier.KindOrganization}
				}
			}
		}
	}
	return "", argRef{}
}

// lowerTitle says whether words lo..hi-1 are a title of a state's or a
// body's office that begins in lower case ("deputy envoy"): a
// capitalised word there may still be part of the owner's name ("Uganda
// Airlines President").
func (s *sent) lowerTitle(lo, hi int) bool {
	return lo < hi && !capitalized(s.words[lo].tok.Text) && stateSector(s.agentSector(lo, hi))
}

// publicBody are the lemmas that end English names of a state's bodies
// the agent cues leave out ("Revenue Authority", "Police Force").
var publicBody = map[string]bool{"commission": true, "authority": true, "council": true, "committee": true,
	"agency": true, "board": true, "bureau": true, "office": true, "service": true, "force": true,
	"tribunal": true, "directorate": true, "inspectorate": true, "assembly": true, "senate": true, "guard": true}

// titleSector returns the sector of the title at word i ("envoy",
// "Secretary-General": the first part of a hyphenated title), or "".
func (s *sent) titleSector(i int) string {
	if i >= len(s.words) {
		return ""
	}
	w := &s.words[i]
	ag := s.lx.cues.agent
	if sec := ag[singular(w.lemma)]; sec != "" {
		return sec
	}
	if h := strings.IndexByte(w.low, '-'); h > 0 {
		return ag[w.low[:h]]
	}
	return ""
}

// capitalizedRun says whether the words lo..hi-1 all start with a capital
// letter.
func (s *sent) capitalizedRun(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !capitalized(s.words[k].tok.Text) {
			return false
		}
	}
	return true
}

// wordsText returns the words lo..hi-1 as written, separated by spaces.
func (s *sent) wordsText(lo, hi int) string {
	var b strings.Builder
	for k := lo; k < hi; k++ {
		if k > lo {
			b.WriteByte(' ')
		}
		b.WriteString(s.words[k].tok.Text)
	}
	return b.String()
}
