// Interface strings in English and German. Article text is never
// translated: it is shown in its own language, with English canonical names
// of entities beside it.

const en = {
  'skip': 'Skip to content',
  'nav': 'Views',
  'nav.search': 'Search', 'nav.documents': 'Documents', 'nav.timeline': 'Timeline', 'nav.graph': 'Graph', 'nav.add': 'Add',
  'search.label': 'Search articles and names', 'search.placeholder': 'Search (/)',
  'search.title': 'Search', 'search.go': 'Search', 'search.lang': 'Language', 'search.any': 'any',
  'search.entities': 'Entities', 'search.noHits': 'No sentence contains all of these words.', 'search.sentences': 'Sentences', 'search.none': 'Nothing found for “{q}”.',
  'search.hint': 'Search sentences in every language, and people, countries and organisations by any of their names (Lawrow, Nordkorea, DPRK).',
  // '.1' keys are the singular, taken when n is 1 ('1 report', not '1 reports')
  'search.count.1': '1 sentence', 'entity.eventCount.1': '1 event', 'entity.stories.1': '1 story', 'story.reports.1': '1 report',
  'status.docs.1': '1 document', 'doc.chars.1': '1 character',
  'data.json': 'Download as JSON',
  'doc.untitled': 'Untitled ({name})',
  'search.count': '{n} sentences', 'search.range': 'best matches {a}–{b}', 'search.kbOnly': 'knowledge base only', 'search.inCorpus': 'in the corpus',
  'home.title': 'What happened, who did it, who says so',
  'home.recent': 'Latest documents', 'home.relations': 'Strongest relations', 'home.all': 'All documents',
  'empty.store': 'No documents yet. Add articles with', 'empty.or': 'or on the page', 'empty.filtered': 'No documents match these filters.',
  'graph.none': 'No relations yet: they appear once documents report events between two actors.',
  'tl.emptyOne': 'No stories of this actor yet.', 'entity.eventCount': '{n} events', 'entity.anyLang': 'other spellings',
  'loading': 'Loading…', 'error': 'Error', 'retry': 'Try again', 'more': 'More', 'prev': 'Previous', 'next': 'Next',
  'page': 'Page {n}', 'none': 'None.', 'close': 'Close', 'apply': 'Apply', 'reset': 'Reset',
  'doc.published': 'Published', 'doc.undated': 'undated', 'doc.source': 'Source', 'doc.author': 'Author', 'doc.lang': 'Language',
  'doc.chars': '{n} characters', 'doc.open': 'Open document', 'doc.group.duplicate': 'Near-duplicates', 'doc.group.translation': 'Translations',
  'doc.events': 'Events', 'doc.entities': 'Entities', 'doc.show': 'Show', 'doc.mentions': 'names', 'doc.canon': 'English names',
  'doc.times': 'time expressions', 'doc.evidence': 'event sentences', 'doc.noEvents': 'No events were found in this document.',
  'docs.title': 'Documents', 'docs.from': 'From', 'docs.to': 'To', 'docs.title.col': 'Title', 'docs.count': '{n} shown',
  'entity.kind.country': 'country', 'entity.kind.person': 'person', 'entity.kind.organization': 'organisation',
  'entity.kind.location': 'place', 'entity.kind.other': 'other',
  'entity.aliases': 'Names', 'entity.adjectives': 'Adjectives and demonyms', 'entity.roles': 'Offices', 'entity.links': 'Relations (knowledge base)',
  'entity.partners': 'Who it deals with', 'entity.events': 'Events', 'entity.mentions': 'Mentioned in',
  'entity.asActor': '{n} as actor', 'entity.asTarget': '{n} as target', 'entity.stories': '{n} stories',
  'entity.mentionCount': '{n} mentions in {d} documents', 'entity.timeline': 'Timeline', 'entity.graph': 'Relation graph', 'entity.pairTimeline': 'Timeline with {name}',
  'entity.office': 'Office', 'entity.from': 'From', 'entity.to': 'To', 'entity.now': 'now', 'entity.wikidata': 'Wikidata',
  'entity.notInCorpus': 'No document mentions this entity yet; what the knowledge base knows is shown.',
  'entity.partner': 'Partner', 'entity.coop': 'Cooperation', 'entity.conflict': 'Conflict', 'entity.reports': 'Reports',
  'entity.period': 'Period', 'entity.count': 'Stories',
  'link.out': '{type}', 'link.in': '{type} {name}',
  'tl.title': 'Timeline', 'tl.a': 'Actor', 'tl.b': 'Other side (optional)', 'tl.type': 'Event type', 'tl.allTypes': 'all types',
  'tl.from': 'From', 'tl.to': 'To', 'tl.show': 'Show', 'tl.zoomIn': 'Zoom in', 'tl.zoomOut': 'Zoom out', 'tl.zoomReset': 'Whole period',
  'tl.empty': 'No stories between these actors.', 'tl.needA': 'Name an actor (in English or German) to see what it did.',
  'tl.acts': '{name} acts', 'tl.actedOn': 'others → {name}', 'tl.others': 'others', 'tl.undated': 'Undated', 'tl.list': 'All stories', 'tl.date': 'Date', 'tl.what': 'What',
  'tl.who': 'Who → whom', 'tl.reports': 'Reports', 'tl.tone': 'Tone', 'tl.summary': '{n} stories, {r} reports',
  'tl.keys': 'Keys: ← → move between events, + − zoom, 0 whole period, Enter opens.', 'tl.months': 'Per month: cooperation above, conflict below',
  'tone.cooperation': 'cooperation', 'tone.conflict': 'conflict', 'tone.neutral': 'neutral',
  'story.title': 'Story', 'story.reports': '{n} reports', 'story.according': 'according to {name}', 'story.open': 'Side by side',
  'story.evidence': 'Evidence', 'story.quantities': 'Figures', 'story.location': 'in {name}', 'story.notFound': 'No such story.',
  'graph.title': 'Relation graph', 'graph.level': 'Nodes', 'graph.level.actor': 'actors as named', 'graph.level.country': 'countries',
  'graph.level.entity': 'actors and their countries', 'graph.min': 'Fewest stories', 'graph.empty': 'No relations in this period.',
  'graph.around': 'Pairs with', 'graph.all': 'all pairs',
  'graph.edges': 'Pairs', 'graph.pair': 'Pair', 'graph.truncated': 'Only the strongest pairs are drawn.',
  'graph.help': 'Drag nodes to move them; click a node for its page, a line for the pair’s timeline.',
  'add.title': 'Add an article', 'add.url': 'URL or source', 'add.titleField': 'Title', 'add.published': 'Published (YYYY-MM-DD)',
  'add.lang': 'Language', 'add.text': 'Text', 'add.format': 'Format', 'add.format.text': 'plain text', 'add.format.html': 'HTML',
  'add.token': 'Token', 'add.submit': 'Add', 'add.added': 'Added: {title}', 'add.present': 'Already stored: {title}',
  'add.disabled': 'This server does not accept new articles (it listens beyond this machine and has no token, or has no pipeline).',
  'add.stats': '{s} sentences, {m} names, {e} events',
  'modality.asserted': 'asserted', 'modality.reported': 'reported', 'modality.alleged': 'alleged', 'modality.planned': 'planned',
  'modality.negated': 'negated', 'modality.hypothetical': 'hypothetical',
  'status.docs': '{n} documents', 'status.down': 'the server does not answer', 'error.network': 'the server does not answer (is dossier serve still running?)',
  'notFound': 'There is no such page.',
};

const de = {
  'skip': 'Zum Inhalt',
  'nav': 'Ansichten',
  'nav.search': 'Suche', 'nav.documents': 'Dokumente', 'nav.timeline': 'Zeitleiste', 'nav.graph': 'Netz', 'nav.add': 'Hinzufügen',
  'search.label': 'Artikel und Namen suchen', 'search.placeholder': 'Suchen (/)',
  'search.title': 'Suche', 'search.go': 'Suchen', 'search.lang': 'Sprache', 'search.any': 'alle',
  'search.entities': 'Akteure', 'search.noHits': 'Kein Satz enthält alle diese Wörter.', 'search.sentences': 'Sätze', 'search.none': 'Nichts gefunden zu „{q}“.',
  'search.hint': 'Sätze in jeder Sprache suchen, dazu Personen, Staaten und Organisationen unter jedem ihrer Namen (Lavrov, North Korea, DVRK).',
  'search.count.1': '1 Satz', 'entity.eventCount.1': '1 Ereignis', 'entity.stories.1': '1 Geschichte', 'story.reports.1': '1 Bericht',
  'status.docs.1': '1 Dokument', 'doc.chars.1': '1 Zeichen',
  'data.json': 'Als JSON herunterladen',
  'doc.untitled': 'Ohne Titel ({name})',
  'search.count': '{n} Sätze', 'search.range': 'beste Treffer {a}–{b}', 'search.kbOnly': 'nur Wissensbasis', 'search.inCorpus': 'im Korpus',
  'home.title': 'Was geschah, wer tat es, wer sagt das',
  'home.recent': 'Neueste Dokumente', 'home.relations': 'Stärkste Beziehungen', 'home.all': 'Alle Dokumente',
  'empty.store': 'Noch keine Dokumente. Artikel hinzufügen mit', 'empty.or': 'oder auf der Seite', 'empty.filtered': 'Keine Dokumente passen zu diesen Filtern.',
  'graph.none': 'Noch keine Beziehungen: Sie erscheinen, sobald Dokumente Ereignisse zwischen zwei Akteuren berichten.',
  'tl.emptyOne': 'Noch keine Geschichten dieses Akteurs.', 'entity.eventCount': '{n} Ereignisse', 'entity.anyLang': 'weitere Schreibweisen',
  'loading': 'Lädt …', 'error': 'Fehler', 'retry': 'Erneut versuchen', 'more': 'Mehr', 'prev': 'Zurück', 'next': 'Weiter',
  'page': 'Seite {n}', 'none': 'Keine.', 'close': 'Schließen', 'apply': 'Anwenden', 'reset': 'Zurücksetzen',
  'doc.published': 'Erschienen', 'doc.undated': 'ohne Datum', 'doc.source': 'Quelle', 'doc.author': 'Autor', 'doc.lang': 'Sprache',
  'doc.chars': '{n} Zeichen', 'doc.open': 'Dokument öffnen', 'doc.group.duplicate': 'Fast gleiche Fassungen', 'doc.group.translation': 'Übersetzungen',
  'doc.events': 'Ereignisse', 'doc.entities': 'Akteure', 'doc.show': 'Zeigen', 'doc.mentions': 'Namen', 'doc.canon': 'englische Namen',
  'doc.times': 'Zeitangaben', 'doc.evidence': 'Ereignissätze', 'doc.noEvents': 'In diesem Dokument wurden keine Ereignisse gefunden.',
  'docs.title': 'Dokumente', 'docs.from': 'Von', 'docs.to': 'Bis', 'docs.title.col': 'Titel', 'docs.count': '{n} angezeigt',
  'entity.kind.country': 'Staat', 'entity.kind.person': 'Person', 'entity.kind.organization': 'Organisation',
  'entity.kind.location': 'Ort', 'entity.kind.other': 'Sonstiges',
  'entity.aliases': 'Namen', 'entity.adjectives': 'Adjektive und Einwohnerbezeichnungen', 'entity.roles': 'Ämter', 'entity.links': 'Beziehungen (Wissensbasis)',
  'entity.partners': 'Mit wem er zu tun hat', 'entity.events': 'Ereignisse', 'entity.mentions': 'Erwähnt in',
  'entity.asActor': '{n} als Handelnder', 'entity.asTarget': '{n} als Ziel', 'entity.stories': '{n} Geschichten',
  'entity.mentionCount': '{n} Erwähnungen in {d} Dokumenten', 'entity.timeline': 'Zeitleiste', 'entity.graph': 'Beziehungsnetz', 'entity.pairTimeline': 'Zeitleiste mit {name}',
  'entity.office': 'Amt', 'entity.from': 'Von', 'entity.to': 'Bis', 'entity.now': 'heute', 'entity.wikidata': 'Wikidata',
  'entity.notInCorpus': 'Noch kein Dokument erwähnt diesen Akteur; gezeigt wird, was die Wissensbasis weiß.',
  'entity.partner': 'Gegenüber', 'entity.coop': 'Kooperation', 'entity.conflict': 'Konflikt', 'entity.reports': 'Berichte',
  'entity.period': 'Zeitraum', 'entity.count': 'Geschichten',
  'link.out': '{type}', 'link.in': '{type} {name}',
  'tl.title': 'Zeitleiste', 'tl.a': 'Akteur', 'tl.b': 'Gegenüber (optional)', 'tl.type': 'Ereignisart', 'tl.allTypes': 'alle Arten',
  'tl.from': 'Von', 'tl.to': 'Bis', 'tl.show': 'Zeigen', 'tl.zoomIn': 'Vergrößern', 'tl.zoomOut': 'Verkleinern', 'tl.zoomReset': 'Ganzer Zeitraum',
  'tl.empty': 'Keine Geschichten zwischen diesen Akteuren.', 'tl.needA': 'Nennen Sie einen Akteur (deutsch oder englisch), um zu sehen, was er tat.',
  'tl.acts': '{name} handelt', 'tl.actedOn': 'andere → {name}', 'tl.others': 'andere', 'tl.undated': 'Ohne Datum', 'tl.list': 'Alle Geschichten', 'tl.date': 'Datum', 'tl.what': 'Was',
  'tl.who': 'Wer → wen', 'tl.reports': 'Berichte', 'tl.tone': 'Ton', 'tl.summary': '{n} Geschichten, {r} Berichte',
  'tl.keys': 'Tasten: ← → von Ereignis zu Ereignis, + − zoomen, 0 ganzer Zeitraum, Eingabe öffnet.', 'tl.months': 'Je Monat: Kooperation oben, Konflikt unten',
  'tone.cooperation': 'Kooperation', 'tone.conflict': 'Konflikt', 'tone.neutral': 'neutral',
  'story.title': 'Geschichte', 'story.reports': '{n} Berichte', 'story.according': 'laut {name}', 'story.open': 'Nebeneinander',
  'story.evidence': 'Beleg', 'story.quantities': 'Zahlen', 'story.location': 'in {name}', 'story.notFound': 'Diese Geschichte gibt es nicht.',
  'graph.title': 'Beziehungsnetz', 'graph.level': 'Knoten', 'graph.level.actor': 'Akteure wie genannt', 'graph.level.country': 'Staaten',
  'graph.level.entity': 'Akteure und ihre Staaten', 'graph.min': 'Mindestens Geschichten', 'graph.empty': 'Keine Beziehungen in diesem Zeitraum.',
  'graph.around': 'Paare mit', 'graph.all': 'alle Paare',
  'graph.edges': 'Paare', 'graph.pair': 'Paar', 'graph.truncated': 'Nur die stärksten Paare sind gezeichnet.',
  'graph.help': 'Knoten lassen sich ziehen; ein Klick auf einen Knoten öffnet seine Seite, auf eine Linie die Zeitleiste des Paars.',
  'add.title': 'Artikel hinzufügen', 'add.url': 'URL oder Quelle', 'add.titleField': 'Titel', 'add.published': 'Erschienen (JJJJ-MM-TT)',
  'add.lang': 'Sprache', 'add.text': 'Text', 'add.format': 'Format', 'add.format.text': 'reiner Text', 'add.format.html': 'HTML',
  'add.token': 'Token', 'add.submit': 'Hinzufügen', 'add.added': 'Hinzugefügt: {title}', 'add.present': 'Schon vorhanden: {title}',
  'add.disabled': 'Dieser Server nimmt keine Artikel an (er ist über diesen Rechner hinaus erreichbar und hat kein Token, oder keine Pipeline).',
  'add.stats': '{s} Sätze, {m} Namen, {e} Ereignisse',
  'modality.asserted': 'festgestellt', 'modality.reported': 'berichtet', 'modality.alleged': 'behauptet', 'modality.planned': 'geplant',
  'modality.negated': 'verneint', 'modality.hypothetical': 'hypothetisch',
  'status.docs': '{n} Dokumente', 'status.down': 'der Server antwortet nicht', 'error.network': 'der Server antwortet nicht (läuft dossier serve noch?)',
  'notFound': 'Diese Seite gibt es nicht.',
};

// PLOVER event types: English and German labels.
const types = {
  AGREE: ['agree', 'Einigung'], CONSULT: ['consult', 'Beratung'], SUPPORT: ['support', 'Unterstützung'],
  CONCEDE: ['concede', 'Zugeständnis'], COOPERATE: ['cooperate', 'Zusammenarbeit'], AID: ['aid', 'Hilfe'],
  RETREAT: ['retreat', 'Rückzug'], REQUEST: ['request', 'Forderung'], ACCUSE: ['accuse', 'Vorwurf'],
  REJECT: ['reject', 'Ablehnung'], THREATEN: ['threaten', 'Drohung'], PROTEST: ['protest', 'Protest'],
  SANCTION: ['sanction', 'Sanktion'], MOBILIZE: ['mobilize', 'Mobilmachung'], COERCE: ['coerce', 'Zwang'],
  ASSAULT: ['assault', 'Angriff'],
};
export const TYPES = Object.keys(types);

const modes = {
  visit: ['visit', 'Besuch'], host: ['host', 'Empfang'], phone: ['phone', 'Telefonat'], 'third-party': ['third party', 'Vermittlung'],
  multilateral: ['multilateral', 'multilateral'], military: ['military', 'militärisch'], economic: ['economic', 'wirtschaftlich'],
  humanitarian: ['humanitarian', 'humanitär'],
};

const dicts = {en, de};
let lang = 'en';

export function getLang() { return lang; }

export function setLang(l) {
  lang = dicts[l] ? l : 'en';
  try { localStorage.setItem('dossier.lang', lang); } catch { /* private mode */ }
  document.documentElement.lang = lang;
}

export function initialLang() {
  let l = null;
  try { l = localStorage.getItem('dossier.lang'); } catch { /* private mode */ }
  if (!l) l = (navigator.language || 'en').toLowerCase().startsWith('de') ? 'de' : 'en';
  return l;
}

// t returns the string for key in the interface language, with {name}
// placeholders filled in.
export function t(key, vars) {
  if (vars && String(vars.n) === '1') {
    const one = dicts[lang][key + '.1'] ?? en[key + '.1'];
    if (one !== undefined) return one;
  }
  let s = dicts[lang][key] ?? en[key] ?? key;
  for (const [k, v] of Object.entries(vars || {})) s = s.replaceAll('{' + k + '}', String(v));
  return s;
}

export function typeName(type, mode) {
  const i = lang === 'de' ? 1 : 0;
  let s = types[type] ? types[type][i] : String(type || '').toLowerCase();
  if (mode) s += ' (' + (modes[mode] ? modes[mode][i] : mode) + ')';
  return s;
}

export function kindName(kind) { return t('entity.kind.' + (kind || 'other')); }

export function modalityName(m) { return m ? t('modality.' + m) : ''; }

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthsDe = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sep.', 'Okt.', 'Nov.', 'Dez.'];

// fmtDate writes a TIMEX-style date (YYYY, YYYY-MM, YYYY-MM-DD, or a
// timestamp) at its own precision: "12 Jul 2025" / "12. Juli 2025".
export function fmtDate(value) {
  if (!value) return t('doc.undated');
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const months = lang === 'de' ? monthsDe : monthsEn;
  const [, y, mo, d] = m;
  if (!mo) return y;
  const mn = months[Number(mo) - 1] || mo;
  if (!d) return mn + ' ' + y;
  return lang === 'de' ? Number(d) + '. ' + mn + ' ' + y : Number(d) + ' ' + mn + ' ' + y;
}

export function fmtNumber(n, digits = 0) {
  return new Intl.NumberFormat(lang, {maximumFractionDigits: digits}).format(n);
}

export function langName(code) {
  try {
    return new Intl.DisplayNames([lang], {type: 'language'}).of(code) || code;
  } catch {
    return code;
  }
}
