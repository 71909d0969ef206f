package main

import "testing"

func TestSurname(t *testing.T) {
	for _, c := range []struct {
		name     string
		famFirst bool
		want     string
	}{
		{"Angela Merkel", false, "Merkel"},
		{"Ursula von der Leyen", false, "von der Leyen"},
		{"Martin Luther King Jr.", false, "King"},
		{"Andrew Young, Jr.", false, "Young"},
		{"Kim Jong Un", true, "Kim"},
		{"Sultan Ali Keshtmand", false, "Keshtmand"}, // a given name, not a title
		// monarchs and heirs have no family name
		{"Felipe VI", false, ""},
		{"Benedict XVI", false, ""},
		{"Charles III", false, ""},
		{"Crown Prince Haakon", false, ""},
		{"Prinz William", false, ""},
		{"Philippe of Belgium", false, ""},
		{"William, Prince of Wales", false, ""},
		{"Madonna", false, ""},
	} {
		if got := surname(c.name, c.famFirst); got != c.want {
			t.Errorf("surname(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
