package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDictionary(t *testing.T) {
	// a dictionary written for the test, in Hunspell's format
	dic := "5\n\tcomment line\nSonne/Nm\nMerkel/S\nSchulz\nschnell/AC\nSonne/X\n"
	path := filepath.Join(t.TempDir(), "t.dic")
	if err := os.WriteFile(path, []byte(dic), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := ReadHunspellDic(path)
	if err != nil {
		t.Fatal(err)
	}
	if d.Len() != 4 {
		t.Errorf("Len = %d, want 4", d.Len())
	}
	_, sonne := d.lookup("Sonne")
	_, merkel := d.lookup("Merkel")
	tests := []struct {
		tok   string
		kind  uint8
		flags uint32
	}{
		{"Sonne", dictExact, sonne},
		{"Sonnen", dictStem, sonne},
		{"Merkels", dictStem, merkel},
		{"Schnell", dictLowered, 0},
		{"Kolb", dictNone, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		kind, flags := d.lookup(tt.tok)
		if kind != tt.kind || (tt.flags != 0 && flags != tt.flags) {
			t.Errorf("lookup(%q) = %d, %x; want %d, %x", tt.tok, kind, flags, tt.kind, tt.flags)
		}
	}
	if sonne == merkel || sonne == 0 {
		t.Errorf("flags of Sonne/Nm and Merkel/S: %x, %x", sonne, merkel)
	}
	o := &Dictionary{m: map[uint64]uint32{}}
	o.add("Sonne/Q")
	o.add("Kolb/M")
	d.merge(o)
	d.index()
	if k, f := d.lookup("Sonne"); k != dictExact || f != sonne {
		t.Error("merge replaced the flags of a stem d had")
	}
	if k, _ := d.lookup("Kolb"); k != dictExact {
		t.Error("merge did not add a new stem")
	}
	if _, err := ReadHunspellDic(filepath.Join(t.TempDir(), "missing.dic")); err == nil {
		t.Error("no error for a missing file")
	}
}

func TestDictionaryFindMorph(t *testing.T) {
	// a lower-cased word list like the zxcvbn-ts one, written for the test
	d := &Dictionary{m: map[uint64]uint32{}}
	for _, line := range []string{"arzt/C", "haus/Ca", "vater/b", "regierung/a", "zeugnis/c", "lehrerin/d", "wahl/Ca"} {
		d.add(line)
	}
	d.index()
	flagsOf := func(w string) uint32 { _, f := d.lookup(w); return f }
	checkFinds(t, "findMorph", d.findMorph, []findCase{
		{"Ärzte", dictLowStem, flagsOf("arzt")},   // ending, then umlaut
		{"Häusern", dictLowStem, flagsOf("haus")}, // -ern and umlaut
		{"Väter", dictLowStem, flagsOf("vater")},  // umlaut alone
		{"Regierungen", dictLowStem, flagsOf("regierung")},
		{"Zeugnisse", dictLowStem, flagsOf("zeugnis")}, // -se of -nis
		{"Lehrerinnen", dictLowStem, flagsOf("lehrerin")},
		{"Bürgermeisterwahl", dictCompound, flagsOf("wahl")},
		{"Landtagswahlen", dictNone, 0}, // the head inflected: no tail is known as written
		{"Kreishaus", dictCompound, flagsOf("haus")},
		{"Exhaus", dictNone, 0},  // the first part would be under three letters
		{"Nordwal", dictNone, 0}, // no known tail
		{"Kowalczyk", dictNone, 0},
	})
}

func TestDictionaryFindHyphenHead(t *testing.T) {
	d := &Dictionary{m: map[uint64]uint32{}}
	for _, line := range []string{"budget/b", "einsatz/C", "arzt/C"} {
		d.add(line)
	}
	d.index()
	flagsOf := func(w string) uint32 { _, f := d.lookup(w); return f }
	checkFinds(t, "findHyphenHead", d.findHyphenHead, []findCase{
		{"EU-Budget", dictHyphenHead, flagsOf("budget")},
		{"Notarzt-Einsätze", dictHyphenHead, flagsOf("einsatz")}, // inflected: findMorph
		{"Baden-Baden", dictNone, 0},
		{"Ost-AG", dictNone, 0}, // too short a part
		{"-Budget", dictNone, 0},
	})
}

// findCase is a token and the kind and flags a look-up should find for it.
type findCase struct {
	tok   string
	kind  uint8
	flags uint32
}

// checkFinds runs a dictionary look-up over the lower-cased tokens of tests.
func checkFinds(t *testing.T, name string, find func([]rune) (uint8, uint32), tests []findCase) {
	t.Helper()
	for _, tt := range tests {
		kind, flags := find([]rune(strings.ToLower(tt.tok)))
		if kind != tt.kind || flags != tt.flags {
			t.Errorf("%s(%q) = %d, %x; want %d, %x", name, tt.tok, kind, flags, tt.kind, tt.flags)
		}
	}
}

func FuzzDictionaryAdd(f *testing.F) {
	for _, s := range []string{"Sonne/Nm", "Merkel/S", "x/", "/", "", "\xff/a", "a/b\tpo:noun", "Ärger/ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		d := &Dictionary{m: map[uint64]uint32{}}
		d.add(line)
		stem, _, _ := strings.Cut(strings.TrimSpace(strings.SplitN(line, "\t", 2)[0]), "/")
		if kind, flags := d.lookup(stem); stem != "" && d.Len() == 1 && (kind != dictExact || flags == 0) {
			t.Errorf("%q: stem %q not found after add (%d, %x)", line, stem, kind, flags)
		}
	})
}

func FuzzRawSGM(f *testing.F) {
	for _, s := range []string{
		"<DOC><TEXT>\nEin Satz.\n</TEXT></DOC>",
		"<REUTERS><TITLE>T</TITLE><BODY>B &amp; C.\x03</BODY></REUTERS>",
		"<TEXT>", "<BODY><TEXT>x</TEXT>", "",
	} {
		f.Add(s)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, doc string) {
		path := filepath.Join(dir, "f.sgm")
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		sents, err := readSGM(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range sents {
			for _, tok := range s {
				if tok == "" || strings.ContainsAny(tok, " \n\t") {
					t.Fatalf("bad token %q from %q", tok, doc)
				}
			}
		}
	})
}
