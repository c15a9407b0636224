"""The spec tooling of sequence-async: one concept per module, one shared spec model.

The commands are the thin scripts next to this package (``scripts/merge_spec.py``,
``generate.py``, ``spec_report.py``, ``import_spec.py``, ``update_spec.py``,
``replay_upstream.py``), which the Makefile,
CI and the README call by path. Every tool reads OpenAPI documents through :mod:`.document`.

- :mod:`.layout`: where the pipeline's files live in the repository
- :mod:`.errors`: the exceptions each tool reports (the message says why)
- :mod:`.document`: the spec model: operations, schemas, references
- :mod:`.official`: Sequence's official schema file, one source per operation
- :mod:`.untrusted`: upstream text is hostile until checked: bounded parsing, local references,
  names that cannot collide, inert prose, the run's deadline
- :mod:`.merge` + :mod:`.normalise`: ``openapi/sources/`` into ``openapi/sequence.yaml``;
  :mod:`.shapes`, :mod:`.anchors` and :mod:`.names`: one model per shape, named by where it is used
- :mod:`.generate`: the generated package, and the check that it is current
- :mod:`.import_sources`: published pages or files into ``openapi/sources/``
- the spec report: :mod:`.change`, :mod:`.compare_schema`, :mod:`.compare`, :mod:`.python_api`,
  :mod:`.coverage`, :mod:`.version`, :mod:`.changelog`, :mod:`.git`, :mod:`.report_page`,
  :mod:`.report`
- the spec watch: :mod:`.fetch`, :mod:`.upstream`, :mod:`.history` (revisions, fingerprints),
  :mod:`.settle` (the settling rule), :mod:`.update_plan`, :mod:`.backup`, :mod:`.update_apply`,
  :mod:`.update_summary`, :mod:`.update`; :mod:`.replay` (``make replay-upstream``)
"""
