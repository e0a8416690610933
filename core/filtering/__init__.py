"""Stage 6, filtering: one decision per finding, from the settings in force.

In: raw findings and the settings (selection, severity overrides, waivers,
baseline). Out: the findings to report, each with its final severity and,
where accepted, its waiver; the count of findings a baseline already knows.
"""
