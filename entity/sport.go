package entity

import (
	"strings"

	"github.com/dossier-news/dossier"
	"github.com/dossier-news/dossier/text"
)

// Sports reports name clubs by their town: "Salzburg gewann 2:1 gegen
// Rapid", "Kiew verlor in Moskau", "Bayern beat Arsenal 3-1". There the
// name is the club, neither the town nor, for a capital, its government.

// sportWords are nouns (lemmas, lower case) that only a sports report uses
// as a rule.
var sportWords = map[string]bool{
	// German
	"spiel": true, "partie": true, "tor": true, "trainer": true, "liga": true, "bundesliga": true, "meister": true,
	"meisterschaft": true, "pokal": true, "derby": true, "tabelle": true, "mannschaft": true, "heimspiel": true,
	"auswärtsspiel": true, "halbzeit": true, "stürmer": true, "torwart": true, "abstieg": true, "aufstieg": true,
	"tabellenführer": true, "saison": true, "elfmeter": true, "treffer": true, "spieltag": true,
	// English
	"match": true, "game": true, "goal": true, "coach": true, "league": true, "championship": true, "cup": true,
	"striker": true, "goalkeeper": true, "half-time": true, "halftime": true, "playoff": true, "semifinal": true,
	"season": true, "penalty": true, "fixture": true,
}

// resultVerbs are verbs (lemmas) that report a result next to a score.
var resultVerbs = map[string]bool{
	"gewinnen": true, "siegen": true, "verlieren": true, "unterliegen": true, "schlagen": true, "besiegen": true,
	"beat": true, "win": true, "lose": true, "defeat": true, "draw": true, "thrash": true,
}

// venuePreps put a town's name in a sports report as the place of the game
// ("in Leverkusen", "nach Kiel").
var venuePreps = map[string]bool{"in": true, "im": true, "at": true, "nach": true, "aus": true, "from": true, "bei": true}

// sportReport reports whether the sentence reports a game: a score with a
// result verb or a sports noun ("gewann 2:1", "3-1 win"), or two sports
// nouns ("im Derby … Trainer").
func sportReport(toks []dossier.Token) bool {
	score, verb := false, false
	words := 0
	var buf [32]byte // the words looked up are short: no allocation
	for i, t := range toks {
		w := t.Lemma
		if w == "" {
			w = t.Text
		}
		if isScore(toks, i) {
			score = true
			continue
		}
		if len(w) > len(buf)/2 {
			continue
		}
		lw := text.AppendLower(buf[:0], w)
		switch {
		case sportWords[string(lw)]:
			words++
		case resultVerbs[string(lw)]:
			verb = true
		}
	}
	return score && (verb || words > 0) || words >= 2
}

// isScore reports whether token i is a score: two numbers of at most three
// digits joined by a colon or a hyphen ("2:1", "31:28", "3-0"), not a time
// of day ("um 14:30 Uhr", "at 9:30 a.m.").
func isScore(toks []dossier.Token, i int) bool {
	s := toks[i].Text
	sep := strings.IndexAny(s, ":-")
	if sep < 1 || sep > 3 || len(s)-sep-1 < 1 || len(s)-sep-1 > 3 {
		return false
	}
	for j := 0; j < len(s); j++ {
		if j != sep && (s[j] < '0' || s[j] > '9') {
			return false
		}
	}
	if s[sep] == ':' && len(s)-sep-1 == 2 && s[sep+1] == '0' {
		return false // "14:05"
	}
	next := lower(toks, i+1)
	switch next {
	case "uhr", "h", "a.m.", "p.m.", "am", "pm", "percent", "prozent", "%", "stimmen", "votes", "vote":
		return false
	}
	switch lower(toks, i-1) {
	case "um", "at", "ab", "bis", "gegen", "verhältnis", "ratio":
		return false
	}
	return true
}

// players are nouns (lemmas, lower case) for a player or the fee paid for
// one, which a transfer report names beside its verb.
var players = map[string]bool{
	"stürmer": true, "verteidiger": true, "mittelfeldspieler": true, "torwart": true, "spieler": true,
	"nationalspieler": true, "angreifer": true, "ablöse": true, "ablösesumme": true,
	"striker": true, "defender": true, "midfielder": true, "goalkeeper": true, "winger": true, "forward": true,
	"player": true, "footballer": true, "transfer": true,
}

// transferVerbs are verbs (lemmas) that move a player between clubs.
var transferVerbs = map[string]bool{
	"wechseln": true, "verpflichten": true, "transferieren": true, "ausleihen": true, "verlassen": true,
	"move": true, "join": true, "sign": true, "transfer": true, "loan": true, "leave": true,
}

// transferReport reports whether the sentence moves a player between clubs:
// a player's noun and a transfer verb ("Der Stürmer wechselt von Benfica
// zu …", "the striker moved from Benfica to …").
func transferReport(toks []dossier.Token) bool {
	player, verb := false, false
	var buf [32]byte
	for _, t := range toks {
		w := t.Lemma
		if w == "" {
			w = t.Text
		}
		if len(w) > len(buf)/2 {
			continue
		}
		lw := text.AppendLower(buf[:0], w)
		player = player || players[string(lw)]
		verb = verb || transferVerbs[string(lw)]
	}
	return player && verb
}

// sitePreps put a town's name as the place where something is, even in a
// transfer report ("in Lissabon"); "von", "from", "zu" and "to" there name
// the clubs a player leaves and joins.
var sitePreps = map[string]bool{"in": true, "im": true, "at": true}

// teamPlace reports whether the place name of it stands for a club: the
// sentence reports a game and the name is not the place of it, or it moves
// a player between clubs and the name is not where something is.
func teamPlace(st *sentState, it *item) bool {
	if it.partial {
		return false
	}
	prev := lower(st.toks, it.tok[0]-1)
	if !sitePreps[prev] && transferReport(st.toks) {
		return true
	}
	if venuePreps[prev] {
		return false
	}
	return sportReport(st.toks)
}

// clubOfSportsReport reports whether the place name of it stands for a club
// in a document that reports games, where the sentence itself says too
// little ("Thome homered for Cleveland", "Surrey captain Chris Lewis",
// "joined Milan from Torino"): the recogniser reads an organisation, and
// the name is neither where something happens nor the dateline's place.
func (d *docState) clubOfSportsReport(st *sentState, it *item) bool {
	if it.partial || !it.nerAgree || it.nerClass != "ORG" || sitePreps[lower(st.toks, it.tok[0]-1)] {
		return false
	}
	return d.reportsGames() && !inDateline(st, it.tok[0], it.tok[1])
}

// clubNamedBefore reports whether the document has already read the place
// name of it as a club, and it is not where something happens: one name,
// one sense in a sports report ("Texas's lead over Seattle … gave Texas a
// 2-0 lead … Texas manager Johnny Oates").
func (d *docState) clubNamedBefore(st *sentState, it *item, text string) bool {
	if d.clubs == 0 || it.partial || sitePreps[lower(st.toks, it.tok[0]-1)] || inDateline(st, it.tok[0], it.tok[1]) {
		return false
	}
	for i := range d.out {
		if d.out[i].Via == "sport" && d.out[i].Text == text {
			return true
		}
	}
	return false
}

// reportsGames reports whether a sentence of the document reports a game
// (sportReport), looked at once a document.
func (d *docState) reportsGames() bool {
	if d.sports == 0 {
		d.sports = 2
		for si := range d.sents {
			if sportReport(d.sents[si].toks) {
				d.sports = 1
				break
			}
		}
	}
	return d.sports == 1
}
