package text

// IsISODate reports whether w is a date written YYYY-MM-DD, as the
// datelines of wire copy give the filing date ("MILAN 1996-08-30").
func IsISODate(w string) bool {
	if len(w) != 10 || w[4] != '-' || w[7] != '-' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i != 4 && i != 7 && (w[i] < '0' || w[i] > '9') {
			return false
		}
	}
	return true
}
