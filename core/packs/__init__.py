"""The rule-pack language: expressions parsed by our pyparsing grammar, evaluated by us.

``grammar`` turns text into a tree (``ast``), ``check`` validates names,
functions and reference forms against a scope, ``evaluator`` computes a
value with interval tolerance (``values``) under step and size budgets
(``budgets``). Nothing here reaches Python: no eval, no attribute access.
"""
