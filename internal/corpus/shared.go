package corpus

import (
	"errors"
	"os"
	"path/filepath"
)

// SharedDir finds the shared data folder for tests and benchmarks: the
// DOSSIER_SHARED environment variable, else "shared" beside the repository
// (looked for upwards from the working directory).
func SharedDir() (string, error) {
	if d := os.Getenv("DOSSIER_SHARED"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if fi, err := os.Stat(filepath.Join(dir, "shared", "data")); err == nil && fi.IsDir() {
			return filepath.Join(dir, "shared"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", errors.New("the shared data folder was not found (set DOSSIER_SHARED)")
		}
	}
}

// LoadGNAD reads the German benchmark corpus from the shared folder.
func LoadGNAD(shared string) ([]Record, error) {
	f, err := os.Open(filepath.Join(shared, "data", "news-de-10kgnad", "test.csv"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadGNAD(f)
}

// LoadReuters reads the English benchmark corpus from the shared folder.
func LoadReuters(shared string) ([]Record, error) {
	files, err := filepath.Glob(filepath.Join(shared, "data", "news-en-reuters21578", "*.sgm"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, errors.New("no Reuters .sgm files in " + shared)
	}
	var out []Record
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		recs, err := ReadReuters(f)
		f.Close()
		if err != nil {
			return nil, errors.Join(errors.New(name), err)
		}
		out = append(out, recs...)
	}
	return out, nil
}
