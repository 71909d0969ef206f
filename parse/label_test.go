package parse

import "testing"

func TestLabelOf(t *testing.T) {
	tests := []struct {
		in   string
		want Label
	}{
		{"nsubj", Nsubj},
		{"nsubj:pass", NsubjPass},
		{"obl:agent", OblAgent},
		{"obl:tmod", Obl},
		{"nmod:poss", Nmod},
		{"det", Det},
		{"det:poss", Det},
		{"acl:relcl", AclRelcl},
		{"compound:prt", CompoundPrt},
		{"nonsense", Dep},
	}
	for _, tc := range tests {
		if got := LabelOf(tc.in); got != tc.want {
			t.Errorf("LabelOf(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	for l := Label(0); l < numLabels; l++ {
		if LabelOf(l.String()) != l {
			t.Errorf("%v does not map back to itself", l)
		}
	}
}
