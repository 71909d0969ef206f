package timex

import "testing"

// TestNewsSetENTense holds English news sentences written for this test
// that place a bare weekday or month by the verb that governs it: past,
// present timetables, plans, deadlines and reported speech, against one
// DCT. Written before the present-tense rules were added (34 of 40 right
// then).
func TestNewsSetENTense(t *testing.T) {
	const w = "2024-06-12" // a Wednesday
	runFormCases(t, []formCase{
		{"future in reported speech", "en", w, "The minister said Tuesday that she will travel to Paris on Friday.", "Friday", "DATE", "2024-06-14", ""},
		{"day of the report", "en", w, "The minister said Tuesday that she will travel to Paris on Friday.", "Tuesday", "DATE", "2024-06-11", ""},
		{"headline present is past", "en", w, "Police arrest two suspects Monday in bank robbery.", "Monday", "DATE", "2024-06-10", ""},
		{"progressive arrangement", "en", w, "The committee is meeting Friday to discuss the budget.", "Friday", "DATE", "2024-06-14", ""},
		{"possessive before a plan", "en", w, "Friday's vote is expected to be close.", "Friday", "DATE", "2024-06-14", ""},
		{"possessive before a past", "en", w, "Monday's vote was close.", "Monday", "DATE", "2024-06-10", ""},
		{"deadline in a condition", "en", w, "If no deal is reached by Friday, the strike will begin.", "Friday", "DATE", "2024-06-14", ""},
		{"plan after a perfect", "en", w, "The company has said it plans to cut jobs in September.", "September", "DATE", "2024-09", ""},
		{"timetable present month", "en", w, "The festival begins in August.", "August", "DATE", "2024-08", ""},
		{"past month", "en", w, "The festival ended in May.", "May", "DATE", "2024-05", ""},
		{"future after a perfect", "en", w, "Officials have said the road will reopen in July.", "July", "DATE", "2024-07", ""},
		{"past weekday after a relative clause", "en", w, "The road, which reopened in April, was closed again on Sunday.", "Sunday", "DATE", "2024-06-09", ""},
		{"set for", "en", w, "A hearing is set for Thursday.", "Thursday", "DATE", "2024-06-13", ""},
		{"held", "en", w, "A hearing was held Thursday.", "Thursday", "DATE", "2024-06-06", ""},
		{"spoke, the ministry said", "en", w, "The two leaders spoke by phone on Saturday, the ministry said.", "Saturday", "DATE", "2024-06-08", ""},
		{"voting ends", "en", w, "Voting ends at 8 p.m. on Sunday.", "Sunday", "DATE", "2024-06-16", ""},
		{"due", "en", w, "The results are due in December.", "December", "DATE", "2024-12", ""},
		{"slowed", "en", w, "Inflation slowed in May for the first time this year.", "May", "DATE", "2024-05", ""},
		{"scheduled to resume", "en", w, "Talks are scheduled to resume Monday.", "Monday", "DATE", "2024-06-17", ""},
		{"due to appear", "en", w, "He is due to appear in court on Monday.", "Monday", "DATE", "2024-06-17", ""},
		{"appeared", "en", w, "He appeared in court on Monday.", "Monday", "DATE", "2024-06-10", ""},
		{"forecast to", "en", w, "The storm is forecast to make landfall on Saturday.", "Saturday", "DATE", "2024-06-15", ""},
		{"made landfall", "en", w, "The storm made landfall on Saturday.", "Saturday", "DATE", "2024-06-08", ""},
		{"since a weekday", "en", w, "Shares have fallen 12% since Monday.", "Monday", "DATE", "2024-06-10", "ON_OR_AFTER"},
		{"remain closed through", "en", w, "The embassy will remain closed through Sunday.", "Sunday", "DATE", "2024-06-16", ""},
		{"retook, residents said", "en", w, "Government troops retook the town in March, residents said.", "March", "DATE", "2024-03", ""},
		{"will announce, a spokesman said", "en", w, "The bank will announce its decision in July, a spokesman said.", "July", "DATE", "2024-07", ""},
		{"expected to start", "en", w, "Production is expected to start in January.", "January", "DATE", "2025-01", ""},
		{"started", "en", w, "Production started in January.", "January", "DATE", "2024-01", ""},
		{"planning a march", "en", w, "Protesters are planning a march on Saturday.", "Saturday", "DATE", "2024-06-15", ""},
		{"would after announced", "en", w, "The ministry announced on Monday that prices would rise in July.", "July", "DATE", "2024-07", ""},
		{"a strike called for", "en", w, "The union has called a strike for Friday.", "Friday", "DATE", "2024-06-14", ""},
		{"expected to end", "en", w, "The trial is now in its third week and is expected to end in July.", "July", "DATE", "2024-07", ""},
		{"overnight before a weekday", "en", w, "Rebels shelled the city overnight Tuesday.", "Tuesday", "DATE", "2024-06-11", ""},
		{"marched", "en", w, "Thousands marched through the capital on Sunday to protest the law.", "Sunday", "DATE", "2024-06-09", ""},
		{"will reopen", "en", w, "Schools will reopen Monday after a week-long closure.", "Monday", "DATE", "2024-06-17", ""},
		{"issued ahead of", "en", w, "The agency issued a warning Tuesday ahead of the storm.", "Tuesday", "DATE", "2024-06-11", ""},
		{"present passive of a custom", "en", w, "The king's birthday is celebrated on Saturday.", "Saturday", "DATE", "2024-06-15", ""},
		{"expect to be visible", "en", w, "Scientists expect the comet to be visible in October.", "October", "DATE", "2024-10", ""},
		{"last seen", "en", w, "The comet was last seen in October.", "October", "DATE", "2023-10", ""},
	})
}
