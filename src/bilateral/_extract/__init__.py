"""The extraction core: one shared analysis of an article, then one module per kind of fact.

:mod:`.layout` reads the file's parts; :mod:`.analysis` holds what every stage reads;
:mod:`.people`, :mod:`.places`, :mod:`.engagements`, :mod:`.agreements`, :mod:`.aid`,
:mod:`.topics` and :mod:`.codes` each find one kind of fact (:mod:`.documents` and
:mod:`.signers` read the documents :mod:`.agreements` counts); :mod:`.clauses` (over
:mod:`.sentence` and :mod:`.subjects`) is the clause layer the engagement, agreement,
aid and topic stages read;
:mod:`.engagements` builds on :mod:`.drafting` (the drafts and their lookups),
:mod:`.ceremonies` (signings, handovers, calls), :mod:`.timing` (dates by scope) and
:mod:`.hosts` (who hosts); :mod:`.pipeline` runs the stages in order.
"""
