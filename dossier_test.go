package dossier

import "testing"

func TestCheckDate(t *testing.T) {
	for in, ok := range map[string]bool{
		"": true, "2024": true, "2024-02": true, "2024-02-29": true,
		"2023-02-29": false, "2024-13-01": false, "2024-00": false, "24-01-01": false,
		"yesterday": false, "2024/01/01": false, "2024-1-1": false,
	} {
		if err := CheckDate(in); (err == nil) != ok {
			t.Errorf("CheckDate(%q) = %v, want ok %v", in, err, ok)
		}
	}
}
