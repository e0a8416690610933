"""Stage 4, checking: rules run over a report and yield findings.

In: a ``Report`` and its analysis. Out: the raw, sorted findings of every
rule that ran. ``Rule`` and ``Context`` are what a rule author sees;
``findings`` defines what a rule reports; ``engine`` runs each rule in
isolation (a crash or an overrun becomes an engine finding, CF001 / CF002).
"""
