// Package eval scores dossier's extractors against gold-standard data: named
// entities (GermEval 2014, CoNLL-2003, IOB2), time expressions (TimeML,
// WikiWarsDE) and events (PETRARCH validation records, PLOVER GSR).
package eval
