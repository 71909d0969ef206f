package aggregate

import "strings"

// units maps the nouns figures count, in English and German, to one English
// singular, so that "10,000 containers" and "Tausende Container" are one
// thread. Only countable things that news about conflicts reports are here.
var units = map[string]string{
	"container": "container", "containers": "container",
	"soldier": "soldier", "soldiers": "soldier", "soldat": "soldier", "soldaten": "soldier",
	"troop": "soldier", "troops": "soldier", "truppe": "soldier", "truppen": "soldier",
	"missile": "missile", "missiles": "missile", "rakete": "missile", "raketen": "missile",
	"shell": "shell", "shells": "shell", "granate": "shell", "granaten": "shell", "artillery shell": "shell",
	"worker": "worker", "workers": "worker", "arbeiter": "worker", "arbeitskraft": "worker", "arbeitskräfte": "worker",
	"person": "person", "people": "person", "persons": "person", "mensch": "person", "menschen": "person",
	"civilian": "civilian", "civilians": "civilian", "zivilist": "civilian", "zivilisten": "civilian",
	"casualty": "casualty", "casualties": "casualty", "verlust": "casualty", "verluste": "casualty",
	"death": "death", "deaths": "death", "dead": "death", "tote": "death", "toten": "death",
	"prisoner": "prisoner", "prisoners": "prisoner", "gefangene": "prisoner", "gefangenen": "prisoner",
	"tank": "tank", "tanks": "tank", "panzer": "tank",
	"drone": "drone", "drones": "drone", "drohne": "drone", "drohnen": "drone",
	"ton": "ton", "tons": "ton", "tonne": "ton", "tonnen": "ton",
	"dollar": "dollar", "dollars": "dollar", "usd": "dollar",
	"euro": "euro", "euros": "euro",
	"deminer": "deminer", "deminers": "deminer", "minenräumer": "deminer",
	"builder": "builder", "builders": "builder", "bauarbeiter": "builder",
	"percent": "percent", "prozent": "percent", "%": "percent",
}

// NormalizeUnit returns the thread unit for a counted noun: a known noun's
// English singular, else the lower-cased word without a plural -s.
func NormalizeUnit(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	if n, ok := units[u]; ok {
		return n
	}
	if strings.HasSuffix(u, "s") && len(u) > 3 {
		if n, ok := units[strings.TrimSuffix(u, "s")]; ok {
			return n
		}
		return strings.TrimSuffix(u, "s")
	}
	return u
}
