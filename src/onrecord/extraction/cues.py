"""Finding cues: the reporting verb or phrase that ties a quotation to its speaker.

The verb lists are data (``data/en/speech_verbs.txt``), each with its origin noted there. This
module answers three questions about spaCy tokens: is this a cue, which words make up the cue,
and which noun phrase is its speaker.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from onrecord.extraction.cleaning import date_words
from onrecord.extraction.entities import (
    age_after_name,
    age_set_off,
    agent_prepositions,
    comma_past_age,
    demonym_endings,
    former_words,
    hyphenated_start,
    indefinite_articles,
    is_age_noun,
    joining_hyphen,
    opening_participles,
    person_nouns,
)
from onrecord.extraction.marks import APOSTROPHES, UNAMBIGUOUS_MARKS
from onrecord.gender import first_name_gender
from onrecord.lexicon import (
    current_language,
    data_text,
    lexicon,
    optional_pairs,
    optional_words,
    per_language,
    speech_verbs,
)
from onrecord.names import folded, is_honorific, is_title_word

# Quotation marks as spaCy tokens: a speaker's name never runs into a quotation.
_QUOTE_TOKENS = UNAMBIGUOUS_MARKS | {"''", "``"}  # and the PTB-style tokens for typewriter marks

# Subject dependency labels in spaCy's English pipelines (ClearNLP style), and the universal
# "expl:subj" a French parser gives the "Il" of "Il a admis que ..." (no expletive before a verb
# of speech).
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl:subj"})
_RELATIVE_SUBJECT_DEPS = _SUBJECT_DEPS | {"nsubj:pass"}  # universal dependencies' passive

# Dependency labels that carry a verb's subject down to it from a governing verb ("Smith said and
# added that...", "the diplomat said, noting that...").
# "advmod" carries it through "aside from saying" (prep under an adverb).
_INHERIT_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "prep", "acomp", "advmod"})


def clitic_subject(tok: Token) -> Token | None:
    """An inverted subject pronoun joined to the verb or its auxiliary by a hyphen ("estime-t-il",
    "a-t-elle ajouté"): a token beside the verb written "-pronoun" (or "-t-pronoun"), whatever
    the parser made of it."""
    doc = tok.doc
    pronouns = lexicon().pronouns
    lo, hi = max(tok.sent.start, tok.i - 3), min(tok.sent.end, tok.i + 4)
    for i in range(lo, hi):
        word = doc[i]
        if i == tok.i or not word.text.startswith("-") or doc[i - 1].whitespace_:
            continue
        if pronoun_key(word.text) in pronouns:
            between = range(min(i, tok.i) + 1, max(i, tok.i))
            if all(doc[k].text.startswith("-") or doc[k].pos_ == "AUX" for k in between):
                return word
    return None


@per_language
def latter_phrases() -> dict[str, str]:
    """Phrases that name the person named last ("ce dernier") -> what they agree with
    ("male", "female", "plural"), from ``data/<lang>/latter.tsv``; none without the file."""
    return {phrase.lower(): agrees for phrase, agrees in optional_pairs(None, "latter.tsv")}


def _latter_after(tok: Token) -> Token | None:
    """"Sûrs et certains, a répondu ce dernier": the last word of such a phrase right after
    the cue (whatever the parser made of it)."""
    doc = tok.doc
    for phrase in latter_phrases():
        words = phrase.split()
        end = tok.i + 1 + len(words)
        if end <= len(doc) and [t.lower_ for t in doc[tok.i + 1 : end]] == words:
            return doc[end - 1]
    return None


def pronoun_key(word: str) -> str:
    """A pronoun as the lexicon lists it: "-t-il" -> "il", "-elle" -> "elle"."""
    low = word.lower()
    for lead in ("-t-", "-"):
        if low.startswith(lead):
            return low[len(lead) :]
    return low


@per_language
def _not_speaker() -> frozenset[str]:
    """Words that head a noun phrase but never speak: "it" in "it said" is kept (organisations),
    but expletive "there" and relative pronouns are not speakers (not_speaker_words.txt)."""
    return optional_words(None, "not_speaker_words.txt")


def source_phrases() -> tuple[tuple[str, ...], ...]:
    """The current language's phrases naming a sentence's source ("according to", "selon"), as
    token sequences, from ``data/<lang>/source_phrases.txt``."""
    return _source_phrases(current_language())


@lru_cache(maxsize=8)
def _source_phrases(language: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(line.lower().split()) for line in _data_lines(language,
                                                                    "source_phrases.txt"))


def opinion_phrases() -> frozenset[str]:
    """Prepositions that name a source only when they open the sentence with a named person
    and a comma ("Pour Mme Aubert, ..."), from ``data/<lang>/opinion_phrases.txt``."""
    return _opinion_phrases(current_language())


@lru_cache(maxsize=8)
def _opinion_phrases(language: str) -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines(language, "opinion_phrases.txt"))


def complementizers() -> frozenset[str]:
    """Words opening a reported clause that are not part of it ("that", "que"), from
    ``data/<lang>/complementizers.txt``."""
    return _complementizers(current_language())


@lru_cache(maxsize=8)
def _complementizers(language: str) -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines(language, "complementizers.txt"))


def _data_lines(language: str, filename: str) -> list[str]:
    lines = (line.strip() for line in data_text(language, filename).splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def cue_particle(tok: Token) -> Token | None:
    """The particle completing a phrasal cue ("pointed *out*", "went *on*"), if any."""
    _, particles = speech_verbs()
    wanted = particles.get(tok.lemma_.lower()) or (
        particles.get(tok.lower_ + "r") if tok.tag_ == tok.pos_ else None)  # ("parle" tagged
    if not wanted:  # a noun, of "parler de")
        return None
    for child in tok.children:
        if child.i > tok.i and child.lower_ in wanted and child.dep_ in ("prt", "prep", "advmod"):
            return child
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in wanted:
        return nxt
    if nxt is not None and nxt.text == ",":
        return _particle_after_aside(tok, wanted)
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None and prev.lower_ in wanted and prev.pos_ == "PRON":
        return prev  # a clitic before the verb ("y voit « ... »")
    return None


def _particle_after_aside(tok: Token, wanted: Collection[str]) -> Token | None:
    """"a proposé, dans un courrier adressé à la chefferie, que ...": the particle right after a
    phrase set off by commas after the verb, with no finite verb of its own."""
    doc = tok.doc
    close = next((t for t in doc[tok.i + 2 : tok.i + 20] if t.text in (",", ".", ";", ":")), None)
    if close is None or close.text != "," or close.i + 1 >= len(doc) or (
        doc[close.i + 1].lower_ not in wanted
    ):
        return None
    aside = doc[tok.i + 2 : close.i]
    if any(t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) for t in aside):
        return None
    return doc[close.i + 1]


def is_cue(tok: Token) -> bool:
    """A reporting verb in a verbal use ("said", "went on", "pointed out")."""
    if shown_on_a_sign(tok):
        return False  # ("Une banderole ... promet « ... »", whatever the verb's tag)
    if tok.pos_ not in ("VERB", "AUX") and (
        _participle_after_inverted_auxiliary(tok) or _form_after_quoted_subject(tok)
    ):
        return True
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN") and (
        not any(c.dep_ == "aux:tense" for c in tok.children)  # "a réagi" tagged as a name
    ):
        return (_present_after_clitic(tok) or _verb_before_inverted_clitic(tok)
                or _verb_opening_incise(tok) or present_before_quote(tok)
                or _form_before_inverted_subject(tok) or _incise_inside_quote(tok)
                or _verb_after_name_set_off(tok))
    if participle_as_noun(tok):
        return False  # "le prévenu s'est tourné vers la victime": a noun the tagger made a verb
    if tok.i > 1 and joining_hyphen(tok.doc[tok.i - 1]) and tok.doc[tok.i - 2].is_alpha:
        return False  # "au lieu-dit que ...": the second part of a compound noun, no verb
    if asks_anonymity(tok):
        return False  # "L'ouvrier, qui a requis l'anonymat, reconnaît ...": no report
    if _said_by_nobody(tok):
        return False  # "personne ne peut garantir qu'un sac ...": no one reports it
    if manner_participle(tok):
        return False  # "a fait savoir par écrit qu'elle ...": a manner, no second cue
    if "Inf" in tok.morph.get("VerbForm", []) and tok.i > 0 and (
        tok.doc[tok.i - 1].lower_ in lexicon().negations and tok.doc[tok.i - 1].pos_ == "ADP"
    ):
        return False  # "remonte une perchaude sans dire un mot": nothing said
    if any(c.dep_ == "aux:pass" for c in tok.children) and (tok.dep_ == "xcomp" or any(
        c.dep_ == "nsubj:pass" and c.pos_ == "NOUN" for c in tok.children
    )):
        return False  # "une campagne de contrôle serait lancée": what is launched, no speaker
        # ("la question aurait dû être tranchée « avant le départ »")
    if tok.dep_ == "acl" and "Past" in tok.morph.get("Tense", []) and (
        "Part" in tok.morph.get("VerbForm", []) and tok.head.i == tok.i - 1
        and bool(tok.morph.get("Number", []))
        and tok.morph.get("Number", []) == tok.head.morph.get("Number", [])
        and tok.morph.get("Gender", []) == tok.head.morph.get("Gender", [])
        and not any(c.dep_.startswith("aux") or c.dep_ in ("ccomp", "obl:agent", "agent")
                    for c in tok.children)
        and _agent_after_quoted(tok) is None
    ):
        return False  # "les mesures annoncées « ne sont pas faites pour nos routes »": the
        # participle of the noun right before it, agreeing with it, no report (but "Un délai
        # jugé « inacceptable » par la Fédération": its agent judged; and "L'entreprise décrit
        # « ... »", "une riveraine réveillée par les sirènes décrit": a present, not agreeing)
    if tok.dep_ == "acl" and tok.head.i < tok.i and any(
        c.lower_ in complementizers() and c.i < tok.head.i for c in tok.head.children
    ):
        return False  # "a assuré qu'une entreprise interviendrait « dans les quinze jours »":
        # the verb of a reported clause whose subject the parser made a noun's
    if tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm", []) and (
        "Past" in tok.morph.get("Tense", []) and tok.i > 1 and tok.doc[tok.i - 1].text == ","
        and tok.doc[tok.i - 2].text not in _QUOTE_TOKENS and tok.lower_ not in speech_verbs()[0]
        and not any(c.dep_.startswith(("aux", "nsubj")) or c.dep_ in (
            "ccomp", "obj", "dobj", "obl:agent", "agent") for c in tok.children)
        and _agent_after_quoted(tok) is None
    ):
        return False  # "dont le chantier, lancé en 2020, est à l'arrêt": a participle set off
        # after a noun, no report (but "X, décrit des conditions", a present of that form)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _refusal_verbs():
        return False  # "declined to say how the order would be enforced": nothing said
    lemma = tok.lemma_.lower()
    single, particles = speech_verbs()
    if lemma in particles and lemma not in single:
        return cue_particle(tok) is not None
    if lemma in single or tok.lower_ in single or (
        tok.tag_ == tok.pos_ == "VERB" and lemma == tok.lower_ and lemma + "r" in single
    ):  # ("réclame", which the lemmatizer left as it is: a first-group verb in the present)
        return not phrasal_not_speech(tok)
    if any(c.dep_ == "aux:tense" for c in tok.children):
        # a past participle the tagger took for a noun ("a-t-elle raconté"): its infinitive
        return any(form in single for form in _infinitives(tok.lower_))
    return False


@per_language
def _refusal_verbs() -> frozenset[str]:
    """Verbs whose infinitive complement is what someone would not do ("declined to say"):
    data/<lang>/refusal_verbs.txt."""
    return optional_words(None, "refusal_verbs.txt")


def cue_s_second_verb(cue: Token, verb: Token) -> bool:
    """``verb``, right after a conjunction, is a reporting verb with no subject or auxiliary of
    its own in ``cue``'s tense and form: the cue's subject's second report ("said ... it would
    oppose the application and urged the council to ...")."""
    form = ("VerbForm", "Tense", "Mood")
    if is_cue(verb) and _cue_before_quoted_conjunct(verb) == cue:
        return True  # "estime que l'arrêté a été pris « sans ... ceux qui connaissent la forêt »
        # et réclame « ... »", the verb coordinated with one inside the quoted words
    if verb.dep_ == "conj" and verb.head.i == cue.i:
        after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else verb
        return any(c.dep_ == "ccomp" for c in verb.children) and is_cue(verb) and not (
            after.text == ":" or after.is_quote
        ) and not any(c.dep_ in ("aux", "aux:tense") for c in cue.children)  # "confirmed that
        # X had been cut off and said the council owed ...": a second clause reported; not
        # "said she had "no complaints" but questioned her team's decision-making", nor "told
        # ... that X had phoned him and said: '...'", one report (nor a compound tense's: "a
        # reconnu que ... et a ajouté que", cue_s_second_report's when a comma sets it off)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not any(
        c.tag_ == "MD" or c.dep_ in ("auxpass", "aux:pass") for c in verb.head.children
    ):
        return False  # "said the council approved the plan and praised the mayor", "said she
        # had discussed it with him and asked the ministry to ...": the clause's own verbs; but
        # "it would oppose the application and urged", "its members were shaken and called on",
        # "it was "devastated" by the news and urged"
    if any(c.dep_ in ("aux", "aux:tense") for c in cue.children):
        return False  # "a plaidé que la battue était « signalisée et annoncée »": a second
        # verb would have its own auxiliary
    return verb.pos_ == "VERB" and is_cue(verb) and verb.tag_ == cue.tag_ and all(
        verb.morph.get(f, []) == cue.morph.get(f, []) for f in form
    ) and bool(cue.morph.get("Tense", [])) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "aux:tense") for c in verb.children)


def cue_s_second_report(cue: Token, verb: Token) -> bool:
    """"il a reconnu que le bassin avait débordé, mais a assuré que ...": after a comma and a
    conjunction, a reporting verb with no subject, its own complementizer clause, and the
    cue's own auxiliary (or, with none, its form) reports for the cue's subject."""
    doc = verb.doc
    own_aux = _auxiliaries_before(verb)
    cc = min([verb.i, *(c.i for c in own_aux)]) - 1
    if cc < 1 or doc[cc].pos_ != "CCONJ" or doc[cc - 1].text != "," or verb.dep_ != "conj":
        return False
    if not is_cue(verb) or any(
        c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in verb.children
    ):
        return False
    if not any(c.dep_ == "ccomp" and c.i > verb.i and any(
        m.dep_ == "mark" and m.lower_ in complementizers() for m in c.children
    ) for c in verb.children):
        return False
    cue_aux = [c.lower_ for c in cue.children if c.dep_ in ("aux", "aux:tense")]
    return [c.lower_ for c in own_aux] == cue_aux and (bool(cue_aux) or verb.tag_ == cue.tag_)


def cue_s_second_act(cue: Token, verb: Token) -> bool:
    """"Elle a estimé que le prévenu avait « ... » et a requis dix mois": a verb coordinated in
    the reported clause, with no subject, whose auxiliary is the cue's and not the clause
    verb's, is the cue's subject's second act, no part of what was reported."""
    if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return False
    own, cue_aux, clause = (
        [c.lower_ for c in _auxiliaries_before(tok)] for tok in (verb, cue, verb.head))
    return bool(own) and own == cue_aux and bool(clause) and clause != own


def _auxiliaries_before(tok: Token) -> list[Token]:
    """The auxiliaries the parser hung on ``tok`` before it ("a" of "a requis")."""
    return [c for c in tok.children if c.dep_ in ("aux", "aux:tense") and c.i < tok.i]


def first_cue_of(tok: Token) -> Token | None:
    """The cue whose reported clause the parser hung ``tok`` in, when ``tok`` is that cue's
    second verb ("He said the plan was flawed and argued that ...": he argued; "il a reconnu
    que ..., mais a assuré que ...")."""
    if tok.dep_ != "conj" or tok.i == 0:
        return None
    clause = tok.head
    universal = tok.tag_ == tok.pos_  # (the small parser hangs a clause anywhere)
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head is not clause and not (
        universal and _marked_by_complementizer(clause)
    ):
        clause = clause.head
    cue = clause.head
    if clause.dep_ != "ccomp":
        if not universal or not _marked_by_complementizer(clause):
            return None
        while cue.pos_ != "VERB" and cue.head.i != cue.i:
            cue = cue.head  # "estime pour sa part que ... et rappelle que": the clause the
            # parser hung on "part"
        if not is_cue(cue):
            return None
    if tok.doc[tok.i - 1].pos_ == "CCONJ" and cue_s_second_verb(cue, tok):
        return cue
    return cue if cue_s_second_report(cue, tok) else None


def _marked_by_complementizer(clause: Token) -> bool:
    """The clause opens with a complementizer ("que", "that") the parser gave it as a mark."""
    return any(c.dep_ == "mark" and c.i < clause.i and c.lower_ in complementizers()
               for c in clause.children)


def _reporter_of_second_verb(tok: Token) -> Token | None:
    """The subject of the first cue of a cue's second verb (``first_cue_of``), or of the cue
    before the quoted words the parser coordinated it with (``_cue_before_quoted_conjunct``)."""
    cue = _cue_before_quoted_conjunct(tok) or first_cue_of(tok)
    return subject_of(cue) if cue is not None else None


def _cue_before_quoted_conjunct(tok: Token) -> Token | None:
    """"L'association ... dénonce un texte « écrit par des gens qui n'ont jamais cueilli une
    brimbelle » et annonce qu'elle a déposé un recours": a verb after "and" that the parser
    coordinated with the verb of a relative clause inside the quoted words closed before it is
    the second verb of the reporting word before those words (whoever does the quoted verb
    reports nothing)."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.i == 0 or doc[tok.i - 1].pos_ != "CCONJ" or (
        tok.head.dep_ not in ("acl:relcl", "relcl")
    ):  # (a relative clause's verb; not 'told reporters the agencies had "grown used to
        return None  # bailouts" and needed to', the reported clause's own second verb)
    start = tok.sent.start
    marks = [t.i for t in doc[start : tok.i] if t.text in _QUOTE_TOKENS]
    if len(marks) < 2 or len(marks) % 2 or not marks[-2] < tok.head.i < marks[-1] or not any(
        is_relative_pronoun(c) and c.i > marks[-2] for c in tok.head.children
    ):  # (a relative clause opened inside the marks; not "que ces machines « vident les
        return None  # tournées » et menacent", a clause the parser took for a relative one)
    return next((t for t in reversed(doc[start : marks[-2]]) if is_cue(t) or reporting_word(t)),
                None)


def manner_participle(tok: Token) -> bool:
    """A past participle right after a preposition, with no auxiliary: a manner ("par
    écrit"), no verb of its own."""
    return tok.i > 0 and tok.doc[tok.i - 1].pos_ == "ADP" and tok.doc[tok.i - 1].is_lower and (
        "Past" in tok.morph.get("Tense", []) and "Part" in tok.morph.get("VerbForm", [])
        and not any(c.dep_.startswith("aux") for c in tok.children))


def asks_anonymity(tok: Token) -> bool:
    """The verb of a relative clause that only says its source wants no name ("qui a requis
    l'anonymat", "who requested anonymity")."""
    if tok.dep_ not in ("relcl", "acl:relcl"):
        return False
    start = min([c.idx for c in tok.children if c.dep_.startswith("aux") and c.i < tok.i],
                default=tok.idx)
    return only_anonymity(tok.doc.text[start : start + 60])


def only_anonymity(said: str) -> bool:
    """Words that only say their source wants no name ("a requis l'anonymat", "asked not to be
    named"): data/<lang>/anonymity_phrases.txt, compared at the start of ``said``."""
    said = said.lower().replace("’", "'")
    return any(said.startswith(phrase) for phrase in anonymity_phrases())


@per_language
def anonymity_phrases() -> frozenset[str]:
    """What a relative clause says when it only says a source is unnamed ("who asked not to be
    named"): data/<lang>/anonymity_phrases.txt."""
    return optional_words(None, "anonymity_phrases.txt")


def phrasal_not_speech(tok: Token) -> bool:
    """A verb whose particle or object makes it no report ("called off", "called up to the squad",
    "called a public meeting"); in a pipeline with universal tags, a pronominal verb whose
    complement's preposition does ("la hausse s'explique par le prix des assurances", a
    passive)."""
    phrasal = _not_speech_phrasal()
    if not phrasal:
        return False
    words = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    if not any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") for c in tok.children):
        words += [c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"]  # "called a
        # meeting", but "called the vote a mistake"
    if any(c.dep_.startswith("expl") and "Yes" in c.morph.get("Reflex", []) for c in tok.children):
        words += [g.lower_ for c in tok.children if c.i > tok.i and c.dep_.startswith("obl")
                  for g in c.children if g.dep_ == "case"]
    lemma = tok.lemma_.lower()
    return any(f"{lemma} {word}" in phrasal for word in words)


@per_language
def _not_speech_phrasal() -> frozenset[str]:
    """Reporting verbs with a particle that makes them no report ("call off"):
    data/<lang>/not_speech_phrasal.txt."""
    return optional_words(None, "not_speech_phrasal.txt")


def participle_as_noun(tok: Token) -> bool:
    """A participle right after an article is a noun ("le prévenu", "the accused")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and "Part" in tok.morph.get("VerbForm", []) and "Art" in (
        before.morph.get("PronType", [])) and not before.text.startswith("-")  # but not the
    # "-elle" of "a-t-elle admis" tagged an article


def _present_after_clitic(tok: Token) -> bool:
    """"qu'elle *juge* « indispensable »", "Il *raconte* que" (tagged an adjective): in a
    treebank with universal tags, a word right after a subject pronoun is a verb, whatever its
    tag; a reporting verb of the first group in the present (its infinitive is the word and
    "r")."""
    return (tok.pos_ in ("NOUN", "ADJ") and tok.tag_ == tok.pos_ and tok.i > 0
            and tok.lower_.endswith("e") and clitic_before(tok) is not None
            and tok.lower_ + "r" in speech_verbs()[0])


def present_before_quote(tok: Token) -> bool:
    """"L'Inspection nationale de la santé publique (INSP) *dénonce* « une succession ... »": in a
    treebank with universal tags, a reporting verb's present form (listed as written in
    data/<lang>/speech_verbs.txt) the tagger took for a noun, after its subject's last word and
    right before an opening quotation mark or "que", is the verb ("Le syndicat *juge* que ...",
    the verb tagged an adjective; "Me X, *soutient* que ...", an adverb)."""
    doc = tok.doc
    if not (tok.pos_ in ("NOUN", "ADJ", "ADV", "DET", "ADP") and tok.tag_ == tok.pos_
            and 0 < tok.i < len(doc) - 1):  # ("regrette" tagged a determiner, "déplore" a
        # preposition)
        return False
    particle = cue_particle(tok)
    if particle is not None and particle.i != tok.i + 1:
        particle = None
    if not (reporting_word(tok) or particle is not None) or any(
        c.dep_ == "det" and (particle is None or c.i == tok.i - 1) for c in tok.children
    ):  # (a first-group verb's present: "regrette", of "regretter"; "parle de", a phrasal one,
        return False  # its subject's article hung on it: "Sa voisine parle d'un « ... »")
    prev = doc[tok.i - 1]
    if prev.pos_ == "CCONJ" and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        pass  # "reconnaît sa défaite mais *dénonce* une campagne « ... »": a second verb
    elif prev.pos_ not in ("NOUN", "PROPN") and prev.text != ")" and not (
        prev.pos_ == "PRON" and pronoun_key(prev.lower_) in lexicon().pronouns
    ) and not (
        prev.text == "," and tok.i >= 2 and (
            doc[tok.i - 2].pos_ == "PROPN" or _closes_relative_clause(prev, True) is not None
            or _name_before_set_off_phrase(prev) is not None)
    ):  # "Le syndic de Vernaz, Pascal Mottiez, juge qu'il serait ..."; "X, qui préside le
        return False  # conseil, estime que ..."
    if particle is not None and particle.lower_ in complementizers():
        return True  # "Le maire maintient que la mesure vise ...": the particle is the "que"
    nxt = tok.i + 1 + (particle is not None)
    aside = next((c for c in tok.children if c.left_edge.i == nxt and c.i > tok.i
                  and c.dep_ in ("obl:mod", "obl", "advmod")), None)
    inner = next((t.i for t in doc[aside.i + 1 : aside.right_edge.i + 1]
                  if t.lower_ in complementizers()), None) if aside is not None else None
    if inner is not None:
        nxt = inner  # "rappelle dans un courrier versé au dossier que ...", the clause hung on
        # the aside's participle
    elif aside is not None and aside.right_edge.i + 1 < len(doc):
        nxt = aside.right_edge.i + 1  # "estime pour sa part que ..."
    elif nxt + 3 < len(doc) and doc[nxt].pos_ == "ADP" and doc[nxt + 1].pos_ == "DET" and (
        doc[nxt + 2].pos_ == "NOUN"
    ):
        nxt += 3  # the same, the parser hanging "part" elsewhere
    elif nxt + 2 < len(doc) and doc[nxt].pos_ == "ADP" and doc[nxt + 1].pos_ == "NOUN" and (
        "Def" in doc[nxt].morph.get("Definite", [])
    ):
        nxt += 2  # "juge au contraire que ...": the article joined to the preposition
    if doc[nxt].text in ("'", "’") and particle is not None:
        nxt += 1  # "parle d'« un racket »": the apostrophe the tokenizer split from "d"
    if doc[nxt].pos_ == "DET" and nxt + 2 < len(doc):  # "dénonce de son côté un « ... »",
        nxt += 1 + (doc[nxt + 1].pos_ == "NOUN" and doc[nxt + 1].text not in _QUOTE_TOKENS)
        # "évoque un prix « ... »" (the mark itself tagged a noun: "parle d'un « déni »")
    return doc[nxt].text in _QUOTE_TOKENS or doc[nxt].lower_ in complementizers()


def _name_before_set_off_phrase(comma: Token) -> Token | None:
    """"Thibault X, analyste chez Invalor Securities, juge": the person named before a phrase
    with no verb that ``comma`` closes (a job, its employer), not the employer's name."""
    doc = comma.doc
    for i in range(comma.i - 1, max(comma.sent.start - 1, comma.i - 16, 0), -1):
        if doc[i].pos_ in ("VERB", "AUX") and doc[i].lower_ not in lexicon().occupations:
            return None  # (but "analyste", which the tagger made a verb)
        if doc[i].text == ",":
            k = _before_set_off_age(doc, i)  # ("Maude X, 34 ans, mère de trois enfants,")
            return doc[k] if _person_not_complement(doc[k]) else None
    return None


def _before_set_off_age(doc: Doc, comma: int) -> int:
    """The last word before ``comma``, past an age set off by commas that ``comma`` closes
    ("Maude X, 34 ans," -> "X": the after_name patterns of data/<lang>/ages.tsv)."""
    start = next((j for j in range(comma - 1, max(comma - 5, 0), -1) if doc[j].text == ","),
                 None)
    if start is None or age_after_name(doc.text[doc[start].idx : doc[comma].idx + 1]) is None:
        return comma - 1
    return start - 1


def _person_not_complement(tok: Token) -> bool:
    """``tok`` ends a person's name that is no preposition's complement (not "Un proche de
    Modou Ba, ...")."""
    if tok.ent_type_ not in ("PERSON", "PER"):
        return False
    k = tok.i
    while k > 0 and tok.doc[k - 1].ent_type_ == tok.ent_type_ and tok.doc[k].ent_iob_ == "I":
        k -= 1
    return k == 0 or tok.doc[k - 1].pos_ != "ADP"


def _noun_before_quoted_title(doc: Doc, close: int) -> Token | None:
    """The noun right before the quotation marks that close at ``close``."""
    k = close - 1
    while k > 0 and doc[k].text not in _QUOTE_TOKENS:
        k -= 1
    noun = doc[k - 1] if k > 0 else None
    if noun is not None and noun.pos_ == "ADJ" and noun.head.i < noun.i:
        noun = noun.head  # "comité" of "Le comité référendaire"
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else None


def _ends_relative_clause(comma: Token) -> bool:
    """``comma`` closes a relative clause set off by commas (", qui ..., ")."""
    doc = comma.doc
    opening = next((i for i in range(comma.i - 1, max(comma.sent.start, comma.i - 14), -1)
                    if doc[i].text == ","), None)
    return opening is not None and opening + 1 < comma.i and is_relative_subject(
        doc[opening + 1])


def _closes_relative_clause(comma: Token, whose: bool = False) -> Token | None:
    """The name or noun before a relative clause set off by commas that ``comma`` closes ("X,
    qui préside le conseil d'administration,": X); with ``whose``, a clause of a noun's
    relative pronoun too ("X, dont l'équipe a adopté le règlement,")."""
    doc = comma.doc
    floor = comma.sent.start if comma.sent.start < comma.i else 0  # (a sentence the parser
    # opened on the comma, or on quotation marks inside the clause: "qui avait placardé des
    # affiches du slogan « Un animal n'est pas un souvenir », rappelle que")
    if 0 < floor and (doc[floor].text in _QUOTE_TOKENS or doc[floor - 1].text in _QUOTE_TOKENS):
        floor = doc[floor - 1].sent.start
    for i in range(comma.i - 1, max(floor, comma.i - 32), -1):
        if doc[i].text in (".", "!", "?"):
            return None
        if doc[i].text == ",":
            if not (i + 1 < comma.i and i > 0 and (is_relative_subject(doc[i + 1]) or (
                is_relative_pronoun(doc[i + 1]) and doc[i + 1].tag_ == doc[i + 1].pos_
                and (doc[i + 1].dep_ in _SUBJECT_DEPS  # "qui en est à sa neuvième saison",
                     or (whose and doc[i + 1].dep_ == "nmod"))  # the clause made the
            ) or (whose and i + 2 < comma.i and doc[i + 1].pos_ == "ADP"  # sentence's root;
                  and is_relative_pronoun(doc[i + 2]) and doc[i + 2].tag_ == doc[i + 2].pos_)
                # "X, sur laquelle étaient publiées les annonces,"
            ) or (i + 3 < comma.i and doc[i + 1].pos_ == "DET"
                  and doc[i + 2].pos_ == "NOUN" and is_relative_subject(doc[i + 3]))
                # "Le Carrefour d'accueil du X, un organisme qui accompagne ...,"
            ):
                return _name_before_described_relative(doc, i, comma.i)
            before = doc[i - 1]
            if before.like_num and i > 2 and doc[i - 2].text == "," and (
                doc[i - 3].pos_ == "PROPN"
            ):  # "Shelley X, 34, who ...,": the name before the age
                before = doc[i - 3]
            if before.pos_ in ("NOUN", "PROPN") or before.text == ")":
                noun = doc[i + 1].head.head
                if noun.i < i and before.pos_ in ("NOUN", "PROPN") and any(
                    c.dep_ == "case" for c in noun.children
                ) and any(t.text == "," for t in doc[noun.i + 1 : i]):  # "Dans un communiqué
                    noun = before  # publié jeudi, X et Frères, qui emploie ...,": the name,
                    # not the opening phrase's noun the parser hung the clause on
                if noun.i >= i and before.pos_ in ("NOUN", "PROPN"):  # "Le pilote des
                    noun = before  # Pétrels, qui en est à sa neuvième saison,": the clause
                    while noun.head.i < noun.i and (noun.dep_ in ("nmod", "flat:name") or (
                        noun.dep_ in ("obl:arg", "amod") and noun.head.pos_ in ("ADJ", "NOUN")
                    )):  # made the sentence's root, the noun before it ("Le collège échevinal
                        noun = noun.head  # de X, qui ...,": the place hung on the adjective)
                return _whole_name_root(noun)  # (")": "L'Union des ... (Upon), qui ...,", the
                # name's acronym in brackets)
            if before.text in _QUOTE_TOKENS:  # "Le comité référendaire « Touche pas à mon
                return _noun_before_quoted_title(doc, i - 1)  # bateau », qui ...,": the noun
            return None  # before its quoted name
    return None


def _name_before_described_relative(doc: Doc, comma: int, end: int) -> Token | None:
    """"Maude X, 34 ans, une mère de trois enfants qui a fait du porte-à-porte, raconte": a
    description opened by an article after ``comma``, whose own relative clause runs to ``end``,
    set off after a name (and its age): the name."""
    if comma < 2 or doc[comma + 1].pos_ != "DET" or not any(
        is_relative_pronoun(t) and doc[t.i - 1].pos_ == "NOUN" for t in doc[comma + 2 : end]
    ):
        return None
    k = _before_set_off_age(doc, comma)  # (past the age set off before it)
    return _whole_name_root(doc[k]) if doc[k].pos_ == "PROPN" and _person_not_complement(
        doc[k]) else None


def _verb_before_inverted_clitic(tok: Token) -> bool:
    """"*raconte*-t-il", "*dit*-elle": a word joined to an inverted subject pronoun is a verb,
    whatever its tag; a reporting verb when the word, its lemma, or the word and "r" (the
    infinitive of a first-group verb) is one."""
    if not joined_to_inverted_clitic(tok):
        return False
    return reporting_word(tok) or tok.lemma_.lower() in speech_verbs()[0]


def _participle_after_inverted_auxiliary(tok: Token) -> bool:
    """"« ..., a-t-il *souri*. ... »": a reporting verb's written form (data/<lang>/
    speech_forms.txt) right after an auxiliary joined to its inverted subject pronoun is the
    verb, whatever its tag (the tagger took "souri" for an adjective)."""
    if tok.lower_ not in lexicon().speech_forms:
        return False
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].text.startswith("-"):
        k -= 1
    return k < tok.i - 1 and doc[k].pos_ == "AUX" and joined_to_inverted_clitic(doc[k])


def _form_after_quoted_subject(tok: Token) -> bool:
    """'"...?" the 61-year-old *lamented*.': a reporting verb's written form (data/<lang>/
    speech_forms.txt) that closes its sentence after a noun phrase opening right after a closing
    quotation mark is the verb, whatever its tag (the tagger took "lamented" for a noun)."""
    doc = tok.doc
    if not tok.is_lower or tok.lower_ not in lexicon().speech_forms or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text not in (".", "!", "?")
    ):
        return False
    k = tok.i - 1
    while k > 0 and tok.i - k <= 7 and doc[k].text not in _QUOTE_TOKENS:
        if doc[k].pos_ in ("VERB", "AUX") or (doc[k].is_punct and doc[k].text != "-"):
            return False
        k -= 1
    return 0 < k < tok.i - 2 and doc[k].text in _QUOTE_TOKENS and doc[k + 1].pos_ == "DET"


def _form_before_inverted_subject(tok: Token) -> bool:
    """'"...," *observed* commission president X': a reporting verb's written form
    (data/<lang>/speech_forms.txt) right after a quote's comma and closing mark, before its
    subject, is the verb, whatever its tag (the tagger took "observed" for an adjective)."""
    doc = tok.doc
    return (tok.is_lower and tok.lower_ in lexicon().speech_forms and 2 <= tok.i < len(doc) - 1
            and (doc[tok.i - 1].text in _QUOTE_TOKENS or doc[tok.i - 1].text in APOSTROPHES)
            and doc[tok.i - 2].text in (",", "?", "!")
            and doc[tok.i + 1].pos_ in ("DET", "PROPN", "NOUN"))


def _verb_opening_incise(tok: Token) -> bool:
    """"« ... », *ironise* le délégué": a lower-case reporting word right after a closing mark
    and its comma is the incise's verb, whatever its tag; so is one right after a question or
    exclamation mark ("— Vous rendiez service ? *rétorque* le magistrat.")."""
    doc = tok.doc
    at = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].lower_ in reflexive_clitics() else tok.i
    return (at >= 2 and tok.is_lower and (  # ("», se lamente X", "lamente" tagged an adjective)
        (doc[at - 1].text == "," and doc[at - 2].text in _QUOTE_TOKENS)
        or doc[at - 1].text in ("?", "!")
    ) and tok.i + 1 < len(doc) and (
        doc[tok.i + 1].pos_ in ("DET", "PROPN")
        or (doc[tok.i + 1].is_title and is_title_word(doc[tok.i + 1].text))  # "lance Am Hédi",
        or doc[tok.i + 1].ent_type_ in ("PER", "PERSON")  # the honorific tagged a verb;
    ) and reporting_word(tok))  # "raconte Émilie X", the first name tagged a common noun


def _incise_inside_quote(tok: Token) -> bool:
    """"« La grenadille met soixante-dix ans à pousser, *soupire* l'artisan. On ne peut ... »":
    inside an open quotation, a lower-case reporting word right after a comma, followed by a
    short subject (its article or a name) that the sentence's end, a comma or the closing mark
    ends, is the incise's verb, whatever its tag (the tagger made "soupire" a noun)."""
    doc = tok.doc
    if not (2 <= tok.i < len(doc) - 2 and tok.is_lower and doc[tok.i - 1].text == ","
            and doc[tok.i + 1].pos_ in ("DET", "PROPN") and reporting_word(tok)):
        return False
    if sum(1 for t in doc[: tok.i] if t.text in _QUOTE_TOKENS) % 2 != 1:
        return False  # (outside the marks: "_verb_opening_incise" reads "», ironise X")
    end = next((t for t in doc[tok.i + 1 : tok.i + 8] if t.is_punct), None)
    return end is not None and end.i > tok.i + 2 and (
        end.text in (".", ",", "!", "?", "…") or end.text in _QUOTE_TOKENS) and all(
        t.pos_ in ("DET", "NOUN", "PROPN", "ADJ") for t in doc[tok.i + 1 : end.i])


@per_language
def sign_nouns() -> frozenset[str]:
    """Things that display words (banner, placard, sign): data/<lang>/sign_nouns.txt."""
    return optional_words(None, "sign_nouns.txt")


@per_language
def inscription_words() -> frozenset[str]:
    """Words that introduce what a sign shows ("reading", "marqué"): inscription_words.txt."""
    return optional_words(None, "inscription_words.txt")


def _verb_after_name_set_off(tok: Token) -> bool:
    """"Son président, Daniel X, dénonce une décision ...": a reporting word the tagger made a
    noun, right after a person's name set off by commas and before its object's article, is the
    verb."""
    doc = tok.doc
    return tok.i >= 2 and tok.i + 1 < len(doc) and tok.is_lower and reporting_word(tok) and (
        doc[tok.i - 1].text == "," and doc[tok.i - 2].ent_type_ in ("PERSON", "PER")
        and doc[tok.i + 1].pos_ == "DET")


def shown_on_a_sign(tok: Token) -> bool:
    """A verb whose subject is a sign, of the words signs show with ("a fish shop whose
    hand-painted sign promises '...'"): what it shows, no report."""
    if tok.lower_ not in inscription_words():
        return False
    if any(c.dep_.startswith("nsubj") and c.lower_ in sign_nouns() and c.pos_ == "NOUN"
           and c.is_lower for c in tok.children):  # (not "Adom Street Signs said"; "une
        return True  # affiche reprend le slogan", past its object too)
    if tok.pos_ in ("VERB", "AUX"):
        return False
    sent = tok.sent  # "Une banderole tendue au-dessus du chantier promet « ... »", the verb
    start = max((t.i + 1 for t in tok.doc[sent.start : tok.i] if t.text == ","),
                default=sent.start)  # (past an opening phrase: "Sur la façade, l'enseigne ...")
    first = next((t for t in tok.doc[start : tok.i] if t.pos_ == "NOUN"), None)  # tagged
    return first is not None and first.lower_ in sign_nouns() and first.is_lower and not any(
        t.pos_ == "AUX" or (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm", []))
        for t in tok.doc[first.i + 1 : tok.i])  # an adjective: the sign the sentence opens on


@per_language
def reflexive_clitics() -> frozenset[str]:
    """data/<lang>/reflexive_clitics.txt ("se", "s'")."""
    return optional_words(None, "reflexive_clitics.txt")


def reporting_word(tok: Token) -> bool:
    """A word that is a reporting verb whatever its tag: the verb itself (data/<lang>/
    speech_verbs.txt), a verb whose lemma is one ("décrit"), or, in French, a first-group verb
    in the present ("raconte": the word and "r")."""
    single = speech_verbs()[0]
    low = tok.lower_
    grave = low.rfind("è")  # "tempère", "suggère": "tempérer", "suggérer"
    return low in single or low + "r" in single or (
        grave >= 0 and f"{low[:grave]}é{low[grave + 1:]}r" in single
    ) or (tok.pos_ == "VERB" and tok.lemma_.lower() in single)  # "décrit"


def joined_to_inverted_clitic(tok: Token) -> bool:
    """A word joined by a hyphen to the subject pronoun after it ("sourit-elle", "a-t-il"):
    in French, a verb with its subject inverted."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.whitespace_ or not doc[tok.i + 1].text.startswith("-"):
        return False
    k = tok.i + 1
    if doc[k].text.lower() == "-t" and k + 1 < len(doc) and not doc[k].whitespace_:
        k += 1
    return pronoun_key(doc[k].text) in lexicon().pronouns


def clitic_before(tok: Token) -> Token | None:
    """The subject pronoun right before a verb ("elle juge"), in a treebank with universal
    tags, whatever the parser made of it."""
    if tok.i == 0 or tok.tag_ != tok.pos_:
        return None
    prev = tok.doc[tok.i - 1]
    agrees = lexicon().pronouns.get(prev.lower_)
    if prev.pos_ != "PRON" or agrees is None or prev.dep_ in ("obj", "iobj"):
        return None
    return prev


def _infinitives(participle: str) -> tuple[str, ...]:
    """The infinitives a French past participle may come from ("raconté" -> "raconter",
    "réagi" -> "réagir")."""
    word = participle.rstrip("s")
    if word.endswith("ée"):
        word = word[:-1]
    if word.endswith("é"):
        return (word[:-1] + "er",)
    if word.endswith("i"):
        return (word + "r",)
    return ()


def is_according_to(tok: Token) -> bool:
    """The first word of a source phrase: ``according`` in "according to X", "selon X"."""
    return _source_phrase_length(tok) > 0


def _source_phrase_length(tok: Token) -> int:
    doc = tok.doc
    if tok.lower_ in opinion_phrases() and _opens_with_named_person(tok):
        return 1
    for phrase in source_phrases():
        if tok.lower_ == phrase[0] and tok.i + len(phrase) <= len(doc) and all(
            doc[tok.i + k].lower_ == word for k, word in enumerate(phrase)
        ):
            return 0 if _names_a_custom(doc, tok.i + len(phrase)) else len(phrase)
    return 0


def _names_a_custom(doc: Doc, k: int) -> bool:
    """"selon la coutume", "according to tradition": the phrase's noun, past its article, is
    one of data/<lang>/non_source_nouns.txt, no one who says anything."""
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    return k < len(doc) and doc[k].lower_ in _non_source_nouns()


@per_language
def _non_source_nouns() -> frozenset[str]:
    return optional_words(None, "non_source_nouns.txt")


def _first_in_sentence(tok: Token) -> bool:
    """``tok`` opens its sentence, or follows only the conjunction that does ("Mais pour elle,")."""
    return tok.i == tok.sent.start or (
        tok.i == tok.sent.start + 1 and tok.doc[tok.i - 1].pos_ == "CCONJ")


def _opens_with_named_person(tok: Token) -> bool:
    """"*Pour* Mme Aubert, ...", "Pour le syndicat, ...", "Pour lui, ...": the preposition opens
    its sentence, its noun is a person's name (or a title the parser made the name's head), a
    person's office, an organisation noun or a pronoun, and a comma closes the phrase."""
    noun = tok.head
    if not _first_in_sentence(tok) or tok.dep_ != "case" or noun.i <= tok.i or (
        noun.pos_ == "PRON" and noun.i + 1 < len(noun.doc)
        and "Inf" in noun.doc[noun.i + 1].morph.get("VerbForm", [])
    ):  # "Pour lui trouver un successeur, la Bourgeoisie a publié": a clitic before its
        return False  # infinitive, a purpose, no one's view
    comma = opening_phrase_end(tok)
    if noun.ent_type_ not in ("PERSON", "PER") and not any(
        c.ent_type_ in ("PERSON", "PER") for c in noun.children
    ) and not (is_title_word(noun.text) and noun.head.ent_type_ in ("PERSON", "PER")) and (
        # ("Pour le Pr Khadija X,", the title the parser hung on the name)
        not _speaker_noun(noun)) and not _organisation_quoted_after(noun) and not any(
        c.i == noun.i - 1 and c.dep_ in ("amod", "compound")
        and c.lower_ in lexicon().organisation_nouns
        for c in noun.children  # "Pour la coopérative Val de Juine,": the parser made the
    ) and not (  # body's noun an adjective of its name
        comma is not None and _name_set_off_before(tok, comma)
    ) and not _person_quoted_after(noun):
        return False
    return comma is not None and noun.i < comma


def _name_set_off_before(tok: Token, comma: int) -> bool:
    """"Pour la rapporteure du texte, Agathe Verlhac (Renouveau républicain), ...": the phrase
    ends with a person's name set off after the first comma."""
    doc = tok.doc
    first = next((t.i for t in doc[tok.i + 1 : comma] if t.text == ","), None)
    return first is not None and appositive_name_end(doc, first, comma + 1) == comma


def _organisation_quoted_after(noun: Token) -> bool:
    """"Pour la Gauche sarvazienne, ..., la réforme est « un cadeau ... »": an organisation's
    view, where the clause after the phrase quotes its words ("Pour Renault, les ventes ont
    baissé" quotes nobody)."""
    return noun.ent_type_ == "ORG" and _quotes_later_in_sentence(noun)


def _person_quoted_after(noun: Token) -> bool:
    """"Pour une mère de famille rencontrée au marché, ..., le plafond est une « injustice »": a
    noun for a person (data/<lang>/person_nouns.txt) whose view the clause after the phrase
    quotes ("Pour une mère de famille, c'est dur" quotes nobody)."""
    return noun.pos_ == "NOUN" and noun.lower_ in person_nouns() and (
        _quotes_later_in_sentence(noun))


def _quotes_later_in_sentence(noun: Token) -> bool:
    """Quotation marks in the rest of the noun's sentence."""
    return any(t.text in _QUOTE_TOKENS for t in noun.doc[noun.i + 1 : noun.sent.end])


def _speaker_noun(noun: Token) -> bool:
    """A word that names someone who can hold a view: "le syndicat", "la ministre", "lui"."""
    lex = lexicon()
    if noun.pos_ == "PRON":
        return noun.lower_ in lex.pronouns
    lemma = noun.lemma_.lower()
    doc = noun.doc
    if noun.is_upper and len(noun.text) > 1 and noun.ent_type_ in ("ORG", "MISC"):
        return True  # "Pour l'ARPA, l'État doit « ... »": a body's initials
    if noun.pos_ == "PROPN" and noun.is_title and noun.i > 0 and doc[noun.i - 1].is_lower and (
        "Def" in doc[noun.i - 1].morph.get("Definite", [])
    ) and not (noun.i + 1 < len(doc) and doc[noun.i + 1].is_title):
        return bool(demonym_endings()) and noun.lower_.endswith(demonym_endings())  # "Pour le
        # Mosellan, qui ...,": someone from a place
    article = noun.i - 2 if noun.i > 1 and doc[noun.i - 1].pos_ == "ADJ" else noun.i - 1
    return noun.pos_ in ("NOUN", "ADJ") and article >= 0 and doc[article].pos_ == "DET" and (
        # ("le collectif Eaux claires", the kind's noun tagged an adjective; "le vieux
        # fabricant", an adjective before the noun)
        lemma in lex.occupations or lemma in lex.organisation_nouns or is_title_word(noun.text))


def opening_phrase_end(tok: Token) -> int | None:
    """The comma closing a source phrase that opens its sentence ("Selon X, ..."), if any within
    a few words; past the role set off by commas after a name ("Selon Sandrine Keller, analyste
    à la banque Rossier, ...")."""
    doc = tok.doc
    if not _first_in_sentence(tok) and not (  # "« ... qui le sait. » Selon lui, ...": the parser's
        tok.i >= 2 and tok.is_title and doc[tok.i - 1].text in _QUOTE_TOKENS  # sentence runs
        and doc[tok.i - 2].text in (".", "!", "?", "…")  # on past the closing mark
    ) and not (tok.i >= 1 and tok.is_lower and doc[tok.i - 1].text in (":", ";")):
        return None  # ("a refusé le but : selon lui, l'anneau avait ...": a clause of its own)
    end = next((t.i for t in doc[tok.i + 1 :] if t.text in (".", "!", "?")), len(doc))
    # by the words: the parser may end the sentence in the role ("... banque privée X,") or
    # at a bracketed acronym ("D'après l'Organisation ouest-atlantique de la santé (OOAS), ...")
    for i in range(tok.i + 1, min(max(end, tok.sent.end), tok.i + 20)):
        if doc[i].text == ",":
            return _past_role(doc, i, max(end, tok.sent.end))
    return None


def _past_role(doc: Doc, comma: int, end: int) -> int:
    if comma > 0 and doc[comma - 1].pos_ == "PRON":
        return comma  # "Selon elle, le ministre de l'Éducation, X, « joue la montre »": no role
        # follows a pronoun; the office and name open the clause
    if comma > 0 and doc[comma - 1].ent_type_ in ("PER", "PERSON"):
        comma = comma_past_age(doc, comma, end)  # "Pour Thomas X, 27 ans, éleveur de ..., ..."
    k = comma + 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    name_end = appositive_name_end(doc, comma, end)
    if name_end is not None:  # "Selon son PDG, Étienne Roumagnac-Delpit, la compagnie ...",
        return _past_role(doc, name_end, end)  # and past a job after the name ("Pour la
        # présidente de l'association, Khadijetou X, ancienne enseignante à Atar, le ksar")
    if k + 1 < end and doc[k].lower_ in former_words():
        k += 1
    affiliation_end = _past_affiliation(doc, comma, end)
    if affiliation_end is not None:
        return affiliation_end
    if comma + 1 < end and is_relative_pronoun(doc[comma + 1]) and (
        doc[comma + 1].dep_ in _SUBJECT_DEPS
    ):
        # "Pour la Gauche sarvazienne, qui a lancé le référendum, la réforme est « ... »"; a
        # short quoted phrase inside the relative clause is part of it ("D'après le site
        # Médiarvèze, qui a révélé l'« affaire des nuitées », ..."), the quote after it is not
        j = comma + 2
        while j < min(end, comma + 16):
            if doc[j].text == ",":
                return j
            if doc[j].text in _QUOTE_TOKENS:
                close = next((k for k in range(j + 1, min(end, j + 8))
                              if doc[k].text in _QUOTE_TOKENS), None)
                if close is None:
                    break
                j = close
            j += 1
    occupations = lexicon().occupations
    if k >= end or doc[k].tag_ != doc[k].pos_ or not (
        doc[k].lower_ in occupations or folded(doc[k].lower_) in occupations
        or folded(doc[k].lemma_) in occupations or is_title_word(doc[k].text)
    ):
        return comma
    for j in range(k + 1, min(end, k + 16)):
        if doc[j].text == ",":
            return j
        if (doc[j].pos_ in ("VERB", "AUX") and "Part" not in doc[j].morph.get("VerbForm", [])
                ) or doc[j].text in _QUOTE_TOKENS:
            break  # but "analyste à la banque privée X," goes on past its participle
    return comma


@per_language
def introducing_prepositions() -> frozenset[str]:
    """Prepositions that say who someone is or where they work ("of", "de", "chez"),
    data/<lang>/introducing_prepositions.txt."""
    return optional_words(None, "introducing_prepositions.txt")


def _past_affiliation(doc: Doc, comma: int, end: int) -> int | None:
    """The comma closing an affiliation set off after a name ("Selon Pavel Dorn, de
    l'université de Dravina, ..."): a preposition that says where someone works, a proper
    noun within a few words, no verb, then a comma."""
    k = comma + 1
    if comma < 1 or doc[comma - 1].ent_type_ not in ("PERSON", "PER") or k >= end or (
        doc[k].lower_ not in introducing_prepositions()
    ):
        return None
    for j in range(k + 1, min(end, k + 10)):
        if doc[j].text == ",":
            return j if any(t.pos_ == "PROPN" for t in doc[k + 1 : j]) else None
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in _QUOTE_TOKENS:
            return None
    return None


def appositive_name_end(doc: Doc, comma: int, end: int) -> int | None:
    """The comma closing a person's name set off after an office ("according to its chief
    executive, Stephen Marlowe, ..."), or a body's after its noun: the word before ``comma`` is
    a common noun, a name follows it, and a comma closes the name. The office may end on a
    place ("la porte-parole de la police régionale des Trois-Rivages, la sergente Chantal
    Mercier-Roy,"), and the name have its article and title."""
    before = doc[comma - 1] if comma >= 1 else None
    if before is not None and before.text == ")":  # "la présidente de l'Association ...
        opening = next((i for i in range(comma - 2, max(comma - 8, 0), -1)  # (ADCO), la
                        if doc[i].text == "("), None)  # médecin Naïma X,": past the initials
        before = doc[opening - 1] if opening else None
        if before is not None and before.pos_ == "ADJ" and before.head.pos_ == "NOUN" and (
            before.head.i < before.i
        ):
            before = before.head  # "l'Association des insuffisants rénaux (AIR),"
    if before is None or not (before.pos_ == "NOUN" or (
        before.pos_ == "PROPN" and before.ent_type_ not in ("PERSON", "PER")
        and (before.head.pos_ == "NOUN" or before.head.lower_ in lexicon().occupations or (
            before.head.pos_ == "ADP" and before.head.head.i < before.head.i
            and (is_title_word(before.head.head.text)
                 or before.head.head.lower_ in lexicon().occupations)))  # ("the District
        # Director of Education, Mrs Comfort X,")
        and before.head.i < before.i  # ("le bourgmestre de Ferlimont", "bourgmestre" tagged
    )):  # an adverb)
        return None
    k = comma + 1
    body = next((e for e in doc.ents if e.start == k and e.label_ in ("ORG", "ORGANIZATION")),
                None)
    if body is not None and body.end < end and doc[body.end].text == "," and (
        before.lemma_.lower() in lexicon().organisation_nouns
    ):  # "According to the players' union, the Professional Footballers' Guild, at least
        return body.end  # three ...": a body's name set off after its noun
    j = k + 1 if k < end and doc[k].pos_ == "DET" else k
    titled = j
    while j < end and not doc[j].ent_type_ and (
        is_title_word(doc[j].text) or doc[j].lower_ in lexicon().occupations
    ):
        j += 1  # "la sergente Chantal Mercier-Roy"
    if j > titled and j < end and doc[j].ent_type_ in ("PERSON", "PER"):
        k = j
    if k >= end or doc[k].ent_type_ not in ("PERSON", "PER") or doc[k].ent_iob_ != "B":
        return None
    j = k + 1
    while j < end and doc[j].ent_iob_ == "I":
        j += 1
    if j < end and doc[j].text == "(":  # "Agathe Verlhac (Renouveau républicain),": her party
        j = next((i + 1 for i in range(j + 1, min(end, j + 8)) if doc[i].text == ")"), j)
    return j if j < end and doc[j].text == "," else None


def _appositive_name(noun: Token) -> Token | None:
    """The name set off by commas after an office the parser left unattached ("according to its
    chief executive, Stephen Marlowe, ..." -> Marlowe)."""
    doc, comma = noun.doc, noun.right_edge.i + 1
    end = appositive_name_end(doc, comma, noun.sent.end) if comma < len(doc) and (
        doc[comma].text == ",") else None
    return doc[comma + 1 : end].root if end is not None else None


def source_phrase_end(tok: Token) -> Token:
    """The last word of the source phrase starting at ``tok`` ("to" of "according to")."""
    return tok.doc[tok.i + max(_source_phrase_length(tok), 1) - 1]


def cue_tokens(tok: Token) -> list[Token]:
    """The words of the cue starting at ``tok``: the verb and its particle, or "according to"."""
    if is_according_to(tok):
        return list(tok.doc[tok.i : source_phrase_end(tok).i + 1])
    particle = cue_particle(tok)
    if particle is None or (particle.i > tok.i + 1 and particle.doc[particle.i - 1].text == ","):
        return [tok]  # (not the aside before the particle: "a proposé, dans un courrier, que")
    return [tok, particle] if particle.i > tok.i else [particle, tok]  # "y voit"


def _age_noun_before(tok: Token) -> Token | None:
    """"Assise sur des bottes, la quinquagénaire confirme que": a noun for a person of an age
    (data/<lang>/age_nouns.tsv) with its article right before a finite reporting verb, which
    the tagger took for something else, is its subject."""
    doc = tok.doc
    finite = "Fin" in tok.morph.get("VerbForm", []) or (
        tok.tag_ == tok.pos_ and tok.pos_ in ("ADJ", "NOUN") and reporting_word(tok))
    if tok.i < 2 or not finite or not is_age_noun(  # ("le septuagénaire raconte que",
        doc[tok.i - 1].lower_  # "raconte" tagged an adjective)
    ) or doc[tok.i - 2].pos_ != "DET":
        return None
    return doc[tok.i - 1]


def subject_of(
    tok: Token, depth: int = 0, cue: Token | None = None, via: Token | None = None
) -> Token | None:
    """The head of the speaker phrase of cue ``tok``: its subject, the object of "according to",
    or the subject of the verb it hangs from ("..., noting that" -> the main verb's subject;
    ``cue`` is then the word it was asked about, ``via`` the word below ``tok`` it came from).
    Never a participle that opens the sentence ("Contactée, la société X ... indique que"):
    the noun phrase after its comma instead."""
    if depth == 0 and tok.pos_ not in ("VERB", "AUX") and _form_after_quoted_subject(tok):
        return tok.doc[tok.i - 1]  # '"...," the 61-year-old lamented.': the phrase's last word
    if depth == 0 and tok.dep_ == "ccomp" and tok.head.i < tok.i - 1 and (
        tok.head.pos_ == "VERB" and is_title_word(tok.head.text)
        and tok.doc[tok.i - 1].pos_ == "PROPN" and tok.doc[tok.head.i + 1].pos_ == "PROPN"
    ):  # "Pemalung tshogpa Kezang Dorji said": the title the tagger made a verb, whose
        return tok.doc[tok.i - 1]  # "object" is the name of the one who said
    found = (_reporter_of_second_verb(tok) if depth == 0 else None) or _subject_of(
        tok, depth, cue, via)
    if found is None and depth == 0:
        found = (_object_of_opening_participle(tok) or _subject_of_set_off_participle(tok)
                 or _noun_phrase_after_opening_phrase(tok) or subject_of_when_clause(tok)
                 or _person_set_off_after_opening_phrase(tok)
                 or _noun_of_verb_made_adjective(tok)
                 or _name_before_relative_set_off(tok)
                 or next((noun for c in tok.children if c.pos_ == "PRON" and c.i < tok.i
                          and (noun := _set_off_by_stressed_pronoun(c)) is not None), None))
        # ("La commune, elle, assure que": the pronoun the parser made the verb's object
        # stresses the subject before it)
    elif depth == 0 and found is not None and found.i < tok.i and (
        surname := _surname_after_postposed_cue(tok)
    ) is not None and any(t.text in _QUOTE_TOKENS for t in tok.doc[found.i : tok.i]):
        found = surname  # '« ... », a assuré Teriitahi.': the capitalised word the tagger made
        # the verb's object, not a subject inside the quote
    elif depth == 0 and found is not None and found.i < tok.i:
        subject = set_off_after_opening_phrase(found)
        found = subject if subject is not None and subject.i < tok.i else found
        found = (_set_off_by_stressed_pronoun(found)
                 or _antecedent_of_subject_in_relative(found, tok)
                 or _body_after_agent_name(found, tok) or found)
    if found is None or found.lower_ not in opening_participles() or (
        found.i + 3 >= len(found.doc) or found.doc[found.i + 1].text != ","
    ):
        return found
    article = found.doc[found.i + 2]
    if article.pos_ != "DET":
        return found
    return article.head if article.head.i > article.i else found.doc[article.i + 1]


def _name_before_relative_set_off(tok: Token) -> Token | None:
    """"La plateforme X, sur laquelle étaient publiées les annonces, a indiqué": a verb the
    parser gave no subject, right after (its auxiliaries and) the comma closing a relative
    clause set off after the noun phrase that opens the sentence, has that noun phrase for
    subject."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ != tok.pos_:
        return None
    k = before_verb_group(tok, 0)
    if k < 1 or tok.doc[k].text != ",":
        return None
    noun = _closes_relative_clause(tok.doc[k], True)
    return noun if noun is not None and noun.left_edge.i <= tok.sent.start + 2 else None


def finite_verb_made_modifier(tok: Token) -> bool:
    """A finite verb the parser hung as an adjective or an adverb ("L'association des parents
    *estime* de son côté que", "estime" an "amod" of "association")."""
    return tok.dep_ in ("amod", "advmod") and tok.pos_ == "VERB" and (
        "Fin" in tok.morph.get("VerbForm", []))


def _noun_of_verb_made_adjective(tok: Token) -> Token | None:
    """"L'association des parents d'élèves estime de son côté que", "Dans un communiqué, la
    Chambre des notaires rappelle qu'": a finite verb the parser hung as an adjective on the
    noun phrase that opens its sentence, or its clause after an opening phrase's comma, has that
    noun for subject."""
    head = tok.head
    if tok.dep_ != "amod" or not finite_verb_made_modifier(tok):
        return None
    if head.i >= tok.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    start = head.left_edge.i
    if head.ent_iob_ != "O":  # ("le Moto-Club X annonce": the name's first word)
        start = min(start, next(e.start for e in tok.doc.ents if e.start <= head.i < e.end))
    while start > tok.sent.start and tok.doc[start - 1].pos_ == "DET":
        start -= 1
    return head if start == tok.sent.start or tok.doc[start - 1].text == "," else None


def _surname_after_postposed_cue(tok: Token) -> Token | None:
    """The one capitalised word that ends the sentence right after a cue set off after a
    quotation's closing mark and its comma ('« ... », a assuré Teriitahi.')."""
    doc = tok.doc
    prev = before_verb_group(tok, 0)
    nxt = tok.i + 1
    if prev < 1 or doc[prev].text != "," or doc[prev - 1].text not in _QUOTE_TOKENS or (
        nxt + 1 >= len(doc) or doc[nxt + 1].text not in (".", "!", "?")
    ):
        return None
    word = doc[nxt]
    return word if word.is_title and word.is_alpha and len(word) > 2 and (
        not is_title_word(word.text)) else None


def _body_after_agent_name(found: Token, verb: Token) -> Token | None:
    """"In a statement signed by its secretary, Mr Kolawole X, the Y Drummers Association
    noted that": a name set off after the agent of an opening phrase, which the parser made the
    verb's subject, with the noun phrase right before the verb in apposition to it: that noun
    phrase is the subject, the name the agent's."""
    doc = verb.doc
    first = found.left_edge.i
    if not found.dep_.startswith("nsubj") or first < 2 or doc[first - 1].text != "," or (
        doc[first - 2].dep_ not in ("pobj", "obl", "obl:agent", "nmod")
    ):
        return None
    body = next((c for c in found.children if c.dep_ == "appos" and c.i > found.i
                 and c.pos_ in ("NOUN", "PROPN") and doc[c.left_edge.i - 1].text == ","
                 and all(t.pos_ == "AUX" for t in doc[c.right_edge.i + 1 : verb.i])), None)
    if body is None:
        return None
    opening = doc[first - 2]
    while opening.head.i != opening.i and opening.head.i < first:
        opening = opening.head
    return body if opening.i < first and opening.dep_ in ("prep", "obl", "obl:mod") else None


def _antecedent_of_subject_in_relative(found: Token, verb: Token) -> Token | None:
    """"Le comité des fêtes de X, qui organise depuis 1979 l'un des plus grands vide-greniers
    du département, a annoncé que": a subject the parser found inside a relative clause set
    off by commas, the verb right after its closing comma, is the relative's antecedent: the
    noun phrase before the comma that opens it."""
    doc = verb.doc
    k = verb.i - 1
    while k > 0 and (doc[k].pos_ == "AUX" or doc[k].lower_ in reflexive_clitics()):
        k -= 1  # (and "se dit", "s'est dite")
    if doc[k].text != "," or found.i > k:
        return None
    rel = next((t for t in doc[verb.sent.start : found.i] if is_relative_pronoun(t)
                and t.i >= 2 and doc[t.i - 1].text == ","), None)
    if rel is None or any(t.text in (",", ".", ";", "!", "?")
                          for t in _outside_marks(doc[rel.i + 1 : k])):
        return None  # (the clause closed before the subject: "(CPES), qui a mené le contrôle,
        # a confirmé ... La porte-parole du CPES, Geneviève X, a précisé")
    noun = doc[rel.i - 2]
    while noun.head.i < noun.i and noun.head.i >= verb.sent.start:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _outside_marks(tokens: SpacySpan) -> list[Token]:
    """The tokens not inside quotation marks ("une banderole « Sunu ndogou, sunu mbokk »": not
    its comma)."""
    out: list[Token] = []
    inside = False
    for t in tokens:
        if t.text in _QUOTE_TOKENS:
            inside = not inside
        elif not inside:
            out.append(t)
    return out


def _set_off_by_stressed_pronoun(pronoun: Token) -> Token | None:
    """"L'octogénaire, elle, a prévenu que": a pronoun between commas that the parser made the
    subject stresses the noun phrase right before it, the speaker; that noun (or name)."""
    doc = pronoun.doc
    if pronoun.pos_ != "PRON" or pronoun.i < 2 or pronoun.i + 1 >= len(doc) or (
        doc[pronoun.i - 1].text != "," or doc[pronoun.i + 1].text != ","
    ):
        return None
    noun = doc[pronoun.i - 2]
    while noun.dep_.startswith("flat") and noun.head.i < noun.i:
        noun = noun.head  # ("Marinette X, elle,": the name's first word heads it)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != pronoun.head.i:
        return None
    return noun


def is_heading(doc: Doc) -> bool:
    """A headline or subheading: a short line that does not end a sentence."""
    words = [t for t in doc if not t.is_space]
    return 0 < len(words) <= 25 and words[-1].text not in (".", "!", "?", "…", "»", '"', "”")


def subject_of_when_clause(tok: Token) -> Token | None:
    """'"...," said the father of six when met at the village jetty': the noun right after the
    cue that the parser made the subject of a verb with no auxiliary after "when", which it hung
    on the cue as its clause, is the cue's subject; that clause reports nothing."""
    doc = tok.doc
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.i < tok.i or any(
            c.dep_ in ("aux", "auxpass") for c in clause.children
        ):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"
                        and c.left_edge.i == tok.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is not None and doc[tok.i + 1].text != "," and any(
            c.pos_ == "SCONJ" and subject.right_edge.i < c.i < clause.i for c in clause.children
        ):  # (the subordinator between the noun and its verb: no clause of theirs)
            return subject
    return None


def set_off_after_opening_phrase(noun: Token) -> Token | None:
    """"Dans la salle, un proche du prévenu, qui ..., assure que", "À la barre, le prévenu, en
    chemise ..., a été interrogé": the noun of the sentence's opening phrase, a preposition
    before it, is where it happened; the noun phrase set off after it, which the parser hung on
    it, is the sentence's subject (None when there is none)."""
    doc = noun.doc
    opening = doc[noun.sent.start]
    if noun.pos_ != "NOUN" or opening.pos_ != "ADP" or noun.left_edge.i != opening.i:
        return None
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and doc[c.left_edge.i - 1].text == ","), None)


def _object_of_opening_participle(tok: Token) -> Token | None:
    """"Interrogé après l'émission, le service départemental ... a indiqué que": the noun
    phrase after the opening participle's comma, which the parser made the participle's
    object and left the cue without a subject."""
    doc = tok.doc
    opening = next((c for c in tok.children if c.dep_ == "advcl" and c.i < tok.i
                    and c.i == c.sent.start and c.lower_ in opening_participles()), None)
    if opening is None:
        return None
    comma = next((t for t in doc[opening.i + 1 : tok.i] if t.text == ","), None)
    if comma is None or comma.i + 2 >= tok.i or doc[comma.i + 1].pos_ != "DET":
        return None
    noun = doc[comma.i + 2]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != opening.i or noun.dep_ != "obj":
        return None
    return noun


def _subject_of_set_off_participle(tok: Token) -> Token | None:
    """"Le bureau d'études X, mandaté par la commune, précise que": the subject the parser gave
    the participle set off between commas before the cue, which it left without one."""
    doc = tok.doc
    for clause in tok.children:
        if clause.dep_ == "advcl" and 0 < clause.i < tok.i and (
            clause.right_edge.i + 2 == tok.i and doc[clause.i - 1].text == ","
            and "Part" in clause.morph.get("VerbForm", []) and doc[tok.i - 1].text == ","
        ):
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                         and c.pos_ in ("NOUN", "PROPN")), None)
    return None


def _noun_phrase_after_opening_phrase(tok: Token) -> Token | None:
    """"Après l'émission, l'Union des commerçants de X (UCCR) a fait savoir que": the noun
    phrase between the comma that closes a sentence's opening phrase and the verb's
    auxiliaries, which the parser hung on that phrase and left the verb without a subject."""
    doc = tok.doc
    end = _before_verb_group(tok) + 1
    bare = False  # no auxiliary: "Dans une déclaration écrite, le Centre de services scolaire
    # du X explique que", a body's name in a pipeline with universal tags
    if end == tok.i and tok.i > 2 and doc[_written_sentence_start(tok)].pos_ == "ADP":
        named = _name_after_opening_phrase(tok)
        if named is not None or tok.tag_ != tok.pos_ or any(
            c.dep_.startswith("nsubj") for c in tok.children
        ):
            return named
        bare = True
    elif end >= tok.i or doc[end].pos_ != "AUX" or doc[tok.sent.start].pos_ not in (
        "ADP", "ADV", "VERB", "SCONJ"
    ) or any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in tok.children):
        return None  # (an opening phrase; not "A meeting between X, the heritage group and Y is
        # expected to", nor a passive)
    comma = next((k for k in range(end - 1, tok.sent.start, -1) if doc[k].text == ","), None)
    if comma is None or comma + 2 >= end or doc[comma + 1].pos_ != "DET" or (
        doc[comma + 2].pos_ not in ("NOUN", "PROPN")
    ) or any("Fin" in t.morph.get("VerbForm", []) or t.text in _QUOTE_TOKENS
             for t in doc[comma + 1 : end]) or (bare and not (
                 doc[comma + 2].is_title and doc[comma + 2].pos_ == "NOUN")):
        return None
    return doc[comma + 2]


def owned_in_relative(tok: Token) -> bool:
    """``tok`` has a relative possessive ("whose Toyota Probox"), with Penn tags: a thing of
    the one the relative clause is about."""
    return any(c.dep_ == "poss" and c.tag_ == "WP$" for c in tok.children)


def _before_whose_clause(subject: Token) -> Token | None:
    """"Courtney X, known as 'Scatta', whose Toyota Probox was seized on the first morning,
    said": with Penn tags, a subject whose possessive is a relative word ("whose") is the
    relative clause's, which the parser left unattached; the subject before it, of the same
    verb, is the name the clause is about."""
    if not owned_in_relative(subject):
        return None
    return next((c for c in reversed(list(subject.head.children)) if c.i < subject.left_edge.i
                 and c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN")), None)


def _written_sentence_start(tok: Token) -> int:
    """Where the written sentence of ``tok`` starts: the parser's, or an earlier one when the
    parser cut the sentence before a verb with no end mark before it ("Dans l'avis public
    affiché mardi à l'hôtel de ville, la Municipalité de X | précise que")."""
    doc = tok.doc
    start = tok.sent.start
    while start > 0 and not doc[start - 1].is_space and doc[start - 1].text not in (
        ".", "!", "?", "…", ";", ":"
    ):
        start = doc[start - 1].sent.start
    return start


def _person_set_off_after_opening_phrase(tok: Token) -> Token | None:
    """"À la barre, le prévenu, costume gris et voix à peine audible, admet tout :", "a
    soutenu qu'": a noun for a person with its article between the comma closing an opening
    phrase and the comma before a phrase with no verb of its own set off up to the verb (and
    its auxiliaries), which the parser left without a subject."""
    doc = tok.doc
    start = _written_sentence_start(tok)
    end = before_verb_group(tok, start)
    if tok.i < 6 or doc[start].pos_ != "ADP" or doc[end].text != ",":
        return None
    commas = [k for k in range(start + 1, end) if doc[k].text == ","]
    if len(commas) != 2 or commas[1] - commas[0] != 3 or doc[commas[0] + 1].pos_ != "DET":
        return None
    noun = doc[commas[0] + 2]
    lex = lexicon()
    if not noun.is_lower or not (noun.lower_ in lex.occupations or noun.lower_ in person_nouns()
                                 or is_age_noun(noun.lower_)) or any(
        t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm", []) for t in doc[commas[1] : end]
    ):
        return None
    return noun


def _name_after_opening_phrase(tok: Token) -> Token | None:
    """"Dans un communiqué, Funiculaire Sorvillaz-Léman SA précise que": a name, and nothing
    else, between the comma closing an opening phrase and the verb, which the parser set in
    apposition to that phrase's noun."""
    doc = tok.doc
    start = _written_sentence_start(tok)
    comma = next((k for k in range(tok.i - 1, start, -1) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= tok.i or any(
        c.dep_.startswith("nsubj") for c in tok.children
    ):
        return None
    words = doc[comma + 1 : tok.i]
    first = next((t for t in words if t.pos_ != "DET"), None)
    if first is None or not first.is_title or not all(
        t.pos_ == "DET" or t.ent_type_ or t.pos_ == "PROPN" or joining_hyphen(t)
        or t.text[:1].isupper() or (t.pos_ == "ADP" and t.is_lower) for t in words
    ) or not words[-1].text[:1].isupper() or first.dep_ != "appos" or first.head.i > comma:
        # ("la Municipalité de Sainte-Praxède": a place's particle inside the name)
        return None
    return first


def _subject_of(
    tok: Token, depth: int = 0, cue: Token | None = None, via: Token | None = None
) -> Token | None:
    cue = tok if cue is None else cue
    if is_according_to(tok):
        return _according_to_object(tok)
    clitic = clitic_subject(tok) if depth == 0 else None
    if clitic is not None:
        return clitic
    agent = _agent_after_quoted(tok) if depth == 0 else None
    if agent is not None:  # "Un délai jugé « inacceptable » par la Confédération ...": the
        return agent  # body that judged it
    latter = _latter_after(tok) if depth == 0 else None
    if latter is not None:
        return latter
    subject = _own_subject(tok, cue) or (
        (_causative_subject(tok) or _clitic_tagged_otherwise(tok)) if depth == 0 else None)
    if subject is not None and subject.pos_ == "PRON" and subject.i < tok.i and (
        subject.lower_.replace("’", "'") in object_clitics()
    ):  # "Le président ..., Abdelkrim X, qui ..., l'a répété : « ... »": the verb's object;
        before = subject.doc[subject.i - 1] if subject.i > 0 else None  # the subject is the
        subject = (_closes_relative_clause(before) or _name_before_set_off_phrase(before)) if (
            before is not None and before.text == ","  # name before the clause set off
        ) else None
    if subject is not None and subject.lower_ in dative_clitics() and subject.i < tok.i:
        inverted = inverted_noun_phrase(tok)  # "« ... », lui a répondu en riant Bolduc": the
        if inverted is not None:  # clitic the parser made the subject is whom he answered
            return inverted
        subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < subject.i
                        and c.pos_ in ("NOUN", "PROPN")), subject)  # "Une source proche de
        # la daïra, qui ..., nous a indiqué que": the noun the parser made a second subject
    if subject is None and (tok.tag_ == "VBG" or present_participle(tok)):
        reporter = _reporter_before_participle(tok)
        if reporter is not None:
            return reporter
    if subject is not None:
        owner = _before_whose_clause(subject)
        if owner is not None:  # "X, whose Toyota Probox was seized ..., said": X
            return owner
        subject = (_name_before_role(subject) or _name_opening_the_subject(subject)
                   or _name_before_its_hyphenated_half(subject)
                   or _body_named_after_description(subject, tok)
                   or _name_set_off_after_inverted_subject(subject, tok)
                   or _name_after_participle(subject, tok)
                   or _set_off_name_after_its_office(subject, tok)
                   or _set_off_name_of_office(subject, tok)
                   or _noun_after_set_off_name(subject) or _person_after_office(subject)
                   or _name_after_bracketed_rank(subject, tok)
                   or _name_set_off_before_role(subject) or _name_before_age(subject)
                   or _noun_before_participle_subject(subject) or subject)
        if subject.dep_ == "nsubjpass" and not _shares_passive_subject(via):
            return _passive_agent(tok)
        if subject.lower_ == "that" and is_relative_subject(subject):
            return _relative_that_speaker(subject)
        return subject
    opening = (_name_opening_before_role(tok) or _noun_opening_before_aside(tok)
               or _aged_name_before(tok)) if depth == 0 else None
    if opening is not None:
        return opening
    aged = _age_noun_before(tok) if depth == 0 else None
    if aged is not None:  # "..., la quinquagénaire confirme que": the noun tagged otherwise
        return aged
    if (tok.dep_ == "acl" and tok.tag_ == tok.pos_ and tok.head.i < tok.i
            and tok.doc[_before_verb_group(tok)].text == ","  # (", s'est dite")
            and (tok.head.ent_type_ == "PERSON" or (
                tok.head.pos_ == "PROPN"
                and any(c.ent_type_ == "PERSON" for c in tok.head.children)))):
        return tok.head  # "Yannick Perrault, infirmier ..., décrit": the verb taken for a modifier
    if (tok.dep_ == "acl" and tok.tag_ == tok.pos_ and tok.head.i < tok.i and depth == 0
            and tok.doc[tok.i - 1].text == "," and tok.head.pos_ == "NOUN"):
        named = next((c for c in tok.head.children if c.dep_ == "appos" and c.i < tok.i
                      and c.ent_type_ in ("PER", "PERSON") and c.ent_iob_ == "B"), None)
        if named is not None:  # "Sa porte-parole, Martine X, septante-deux ans, ..., rappelle
            return named  # que": the verb the parser made a modifier of the office
    opener = _name_heading_conjunct(tok) if depth == 0 else None
    if opener is not None:
        return opener
    bracketed = _name_before_acronym(tok) if depth == 0 else None
    if bracketed is not None:
        return bracketed
    past_relative = _noun_before_relative_clause(tok) if depth == 0 else None
    if past_relative is None and tok.tag_ == tok.pos_:
        past_relative = _name_closing_relative(tok)
    age_at = _set_off_age_start(past_relative) if past_relative is not None else None
    if past_relative is not None and age_at is not None and age_at >= 2:
        # "Marc X, 54 ans, qui préside le club, a répliqué": not the age, the name before it
        past_relative = past_relative.doc[age_at - 2]
        while past_relative.dep_ == "flat:name" and past_relative.head.i < past_relative.i:
            past_relative = past_relative.head
    if past_relative is not None:  # (a verb another one's subject is asked of: "Le comité
        return past_relative  # « ... », qui ..., reconnaît sa défaite mais dénonce « ... »")
    apposed = _apposed_name_before(tok) if depth == 0 and (
        "Fin" in tok.morph.get("VerbForm", [])
        or any(c.dep_.startswith("aux") for c in tok.children)
    ) else None  # (a participle set off after the name is the name's: "X, accusée de « »")
    if apposed is not None:  # "..., la ministre de l'Énergie et de l'Hydraulique, Rokia
        return apposed  # Sanogo-Béré, a reconnu que ...": not a cue after what it reports
    inverted = None if "Inf" in tok.morph.get("VerbForm", []) else (
        _inverted_subject(tok) or inverted_noun_phrase(tok))  # ("reprendre les chicons serait
    if inverted is not None:  # « une folie »": an infinitive's object is nobody's inverted subject)
        return inverted
    stranded = _stranded_subject(tok) if depth == 0 and trailing_cue_of_its_content(tok) else None
    if stranded is not None:
        return stranded  # "..., a senior doctor at the facility told this newspaper."
    if tok.pos_ in ("NOUN", "ADJ", "ADV", "DET") and present_before_quote(tok) and (
        tok.doc[tok.i - 1].text == ","
    ):  # "Son secrétaire général, Radu Ostrek, juge que ...": the name set off before it; the
        # noun before a relative clause set off ("L'Association ..., qui revendique ..., dénonce",
        # the verb the parser joined to the clause's)
        return (_closes_relative_clause(tok.doc[tok.i - 1])
                or _name_before_set_off_phrase(tok.doc[tok.i - 1]) or tok.doc[tok.i - 2])
    if depth == 0 and tok.pos_ in ("NOUN", "ADJ", "ADV", "DET") and present_before_quote(tok):
        opening = _opening_noun_phrase(tok)
        if opening is not None:  # "Le service départemental d'incendie et de secours
            return opening  # rappelle pour sa part que ...", the verb tagged an adjective
    root_noun = _root_noun_of_conjunct(tok) if depth == 0 else None
    if root_noun is not None:
        return root_noun
    outer = (_conjunct_past_quote(tok) or _report_after_reported_clause(tok)
             or _outer_conjunct(tok)) if depth < 4 else None
    if outer is not None:
        return subject_of(outer, depth + 1, cue, tok)
    if depth < 4 and tok.head is not tok and (
        tok.dep_ in _INHERIT_SUBJECT_DEPS or _coordinated_verb(tok)
    ):
        obj = None
        if tok.dep_ == "xcomp":  # "prompted NATO to order": the object does the ordering
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and not _means(obj):
                return obj
        found = subject_of(tok.head, depth + 1, cue, tok)
        return found if found is not None else obj
    if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return _participle_noun_speaker(tok, depth, cue)
    if tok.pos_ == "NOUN":
        return _holder_of(tok)
    if _finite(tok):
        return (_contact_subject(tok) or _noun_phrase_before(tok) or _stranded_subject(tok)
                or _subject_before_aside(tok) or _subject_before_relative(tok)
                or (_name_right_before(tok) if depth == 0 else None)
                or (_titled_person_right_before(tok) if depth == 0 else None))
    if depth == 0:
        return (_contact_subject(tok) or _noun_phrase_before(tok) or _apposed_name_before(tok)
                or _subject_before_relative(tok) or _name_right_before(tok))
    return None


def _name_heading_conjunct(tok: Token) -> Token | None:
    """"Me Annick X, qui représente l'UCW, s'est dite « ... »": with universal tags, the parser
    made the name opening the sentence its root and the verb after the relative clause set off
    by commas a conjunct of it; the person named before the first comma is the subject."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != tok.pos_ or head.i > tok.i or head.dep_ != "ROOT" or (
        head.pos_ not in ("NOUN", "PROPN")
        or tok.doc[tok.i - 1].pos_ not in ("PUNCT", "AUX", "PRON")
    ):
        return None
    doc = tok.doc
    comma = next((t.i for t in doc[head.sent.start : tok.i] if t.text == ","), None)
    if comma is None or not any(t.dep_ == "acl:relcl" for t in doc[comma : tok.i]):
        return None
    ent = next((e for e in doc.ents if head.sent.start <= e.start and e.end <= comma
                and e.label_ == "PERSON"), None)
    return ent.root if ent is not None and ent.end == comma else None


def trailing_cue_of_its_content(tok: Token) -> bool:
    """"Only a handful of interns were left ..., a senior doctor at the facility told this
    newspaper.": a finite cue closing the sentence that the parser hung from the clause before
    it as an adverbial clause with no subject and no subordinator (its subject taken for an
    apposition to the content's last noun) reports that clause."""
    head = tok.head
    if tok.dep_ != "advcl" or head.i > tok.i or head.pos_ not in ("VERB", "AUX") or (
        "Fin" not in tok.morph.get("VerbForm", [])
    ):
        return False
    doc = tok.doc
    if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") or (
        c.dep_ in ("nsubj", "nsubjpass") and not (  # "Prices fell ..., with the average
            c.right_edge.i == tok.i - 1 and c.left_edge.i > 0  # sliding ...,
            and doc[c.left_edge.i - 1].text == ","
        )  # Ruhuna Leaf Brokers said in its weekly market report": a subject set off right
    ) for c in tok.children):  # before the cue, the parser's "with" hung on it
        return False
    rest = tok.doc[tok.i + 1 : tok.sent.end]
    return not any(t.pos_ in ("VERB", "AUX") for t in rest) and any(
        t.text == "," for t in tok.doc[head.i + 1 : tok.i])


def _clitic_tagged_otherwise(tok: Token) -> Token | None:
    """"qu'elle juge": the subject pronoun right before a cue the parser gave no subject."""
    return clitic_before(tok) if _present_after_clitic(tok) else None


def _causative_subject(tok: Token) -> Token | None:
    """"La présidente lui a fait remarquer que ...": a cue of two verbs whose infinitive the
    parser made the head has its subject there, or as the noun right before the cue's clitics
    and auxiliaries, however the parser labelled it."""
    particle = cue_particle(tok)
    if particle is None or particle.pos_ not in ("VERB", "ADJ") or tok.head.i != particle.i:
        return None
    own = _own_subject(particle, tok)
    if own is not None:
        return own
    k = tok.i - 1
    while k >= tok.sent.start and tok.doc[k].pos_ in ("AUX", "PRON", "ADV") and (
        tok.doc[k].dep_ not in _SUBJECT_DEPS
    ):
        k -= 1
    noun = tok.doc[k] if k >= tok.sent.start else None
    if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.head.i == particle.i:
        return noun
    return None


def _comma_before_verb(tok: Token) -> int | None:
    """In a pipeline with universal tags, the index of a comma right before the verb, its
    auxiliaries, adverbs and object pronouns aside ("..., Anne Roy, a affirmé", "..., Philippe
    Delcourt, lui a fait remarquer")."""
    if tok.tag_ != tok.pos_:
        return None
    i = _before_verb_group(tok)
    return i if i >= 3 and tok.doc[i].text == "," else None


def _before_verb_group(tok: Token) -> int:
    """The index of the word before the verb's auxiliaries, adverbs and object pronouns."""
    doc = tok.doc
    i = tok.i - 1
    while i >= 0 and (doc[i].pos_ in ("AUX", "ADV") or (
        doc[i].pos_ == "PRON" and doc[i].dep_ not in _SUBJECT_DEPS
        and not doc[i].morph.get("PronType", [])
    )) and doc[i].text not in _QUOTE_TOKENS:
        i -= 1
    return i


def _name_right_before(tok: Token) -> Token | None:
    """"Interrogé sur les propos du conseiller d'Etat, M. Wälchli-Pache a concédé que ...": in a
    pipeline with universal tags, a name the tagger found, or one an honorific opens, right
    before a verb the parser gave no subject (its auxiliaries, adverbs and object pronouns
    aside), after a comma: the verb's subject."""
    if tok.tag_ != tok.pos_:
        return None
    doc = tok.doc
    i = _before_verb_group(tok)
    if i >= 1 and doc[i].text == ")":  # "Kevin X (Alternative citoyenne) a dénoncé": past
        # the party in brackets after the name
        i = next((k - 1 for k in range(i - 1, max(i - 8, 0), -1) if doc[k].text == "("), i)
    if i < 1:
        return None
    ent = next((e for e in doc.ents if e.start <= i < e.end), None)
    if ent is None or ent.end != i + 1 or ent.start < 1 or doc[ent.start - 1].text != ",":
        return None
    if ent.label_ in ("PERSON", "ORG") or is_honorific(ent[0].text):
        return ent.root  # ("Dans un communiqué publié mardi, Terminal Océane Makossi rappelle")
    return None


def _titled_person_right_before(tok: Token) -> Token | None:
    """"Trapeang Chrey commune chief Sun Vanna said": a person the tagger found right before a
    verb the parser gave no subject, after a lower-case title or occupation, is its subject
    (the parser made a word of the office a verb)."""
    ent = next((e for e in tok.doc.ents if e.end == tok.i), None)
    if ent is None or ent.label_ != "PERSON" or ent.start < 1:
        return None
    office = tok.doc[ent.start - 1]
    return ent.root if office.is_lower and (
        is_title_word(office.text) or office.lower_ in lexicon().occupations) else None


def _name_opening_before_role(tok: Token) -> Token | None:
    """"Me Thomas Verlinden, l'avocat de l'ancien échevin, a plaidé que ...": in a pipeline with
    universal tags, when the parser gave the verb no subject, a name opening the sentence
    followed by its role between commas, right before the verb."""
    i = _comma_before_verb(tok)
    if i is None:
        return None
    doc = tok.doc
    k = i - 1
    while k > 0 and doc[k].text != "," and i - k <= 12 and doc[k].pos_ not in ("VERB", "AUX"):
        k -= 1
    if doc[k].text != "," or not any(t.pos_ == "NOUN" for t in doc[k + 1 : i]):
        return None
    last = k - 1
    j = last
    while j >= 0 and doc[j].pos_ != "ADP" and (
        doc[j].pos_ == "PROPN" or (doc[j].is_title and doc[j].is_alpha)
    ):
        j -= 1
    if j == last or not doc[last].is_title or (j >= 0 and doc[j].text not in ".!?:"
                                                and not _after_opening_phrase(doc, j)):
        return None
    return doc[last]


def _after_opening_phrase(doc: Doc, comma: int) -> bool:
    """``comma`` ends a prepositional phrase that opens the sentence, with no verb in it
    ("*Parmi les parties civiles,* Laetitia Gérardy, une aide-soignante, a raconté ...")."""
    start = doc[comma].sent.start
    return (doc[comma].text == "," and comma - start <= 8 and doc[start].pos_ == "ADP"
            and not any(t.pos_ in ("VERB", "AUX") or t.text == "," for t in doc[start:comma]))


def _name_before_its_hyphenated_half(subject: Token) -> Token | None:
    """"Tang Kwok-wing said", the parser's subject the given name's lower-case half: the name's
    word before the hyphen, whose name takes in the half (the person the tagger found)."""
    doc = subject.doc
    if not (subject.is_lower and subject.ent_type_ in ("PERSON", "PER") and subject.i > 1
            and joining_hyphen(doc[subject.i - 1]) and doc[subject.i - 2].ent_type_ == (
                subject.ent_type_)):
        return None
    return doc[subject.i - 2]


def _name_set_off_after_inverted_subject(subject: Token, tok: Token) -> Token | None:
    """'"...," said her neighbour, taxi driver Marlon Ince.': a description after the verb,
    then a person's name set off by a comma as its apposition: that person."""
    if subject.i < tok.i or not subject.is_lower:
        return None
    doc = subject.doc
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                 and c.ent_type_ in ("PERSON", "PER") and doc[c.left_edge.i - 1].text == ","
                 and c.left_edge.i - 1 > subject.i), None)


def _body_named_after_description(subject: Token, tok: Token) -> Token | None:
    """"L'installateur, la société Calorbois, basée à Libramont, explique que": with universal
    tags, a description the parser made the subject, then set off by commas a kind of body
    (data/<lang>/nouns.tsv, "organisation-type") and its name: that body's noun, whose name
    it is."""
    doc = subject.doc
    k = subject.i + 1
    if subject.tag_ != subject.pos_ or subject.pos_ != "NOUN" or k + 3 >= tok.i or (
        doc[k].text != "," or doc[k + 1].pos_ != "DET"
    ):
        return None
    kind = doc[k + 2]
    if kind.lemma_.lower() not in lexicon().organisation_types or not doc[k + 3].is_title or (
        doc[k + 3].pos_ != "PROPN"
    ):
        return None
    end = k + 4
    while end < tok.i and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    return kind if end < tok.i and doc[end].text == "," else None


def _name_before_role(subject: Token) -> Token | None:
    """"Me Thomas Delvaux, l'avocat de l'ancien échevin, a plaidé que ...": in a pipeline with
    universal tags the parser may make the role set off by commas the subject; the name opening
    the sentence before it is."""
    if subject.tag_ != subject.pos_ or subject.pos_ != "NOUN":
        return None
    doc = subject.doc
    left, right = subject.left_edge.i, subject.right_edge.i
    if left < 2 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text != ",":
        return None
    if any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in subject.subtree):
        return None  # "À Vodrany, la porte-parole, Dana Koval, a salué": the role has its name
    last = left - 2
    comma = next((k for k in range(last, max(left - 6, 0), -1) if doc[k].text == ","), None)
    if comma is not None and age_after_name(doc.text[doc[comma].idx : doc[left - 1].idx + 1]):
        last = comma - 1  # "Gary Whitlock, 74 ans, un retraité du moulin, s'est dit": his age
    j = last
    while j >= doc[last].sent.start and doc[j].pos_ != "ADP" and (
        doc[j].pos_ == "PROPN" or (doc[j].is_title and doc[j].is_alpha)
    ):
        j -= 1
    if j == last or j + 1 != doc[last].sent.start or not doc[last].is_title:
        return next((c for c in subject.head.children if c.dep_ == subject.dep_
                     and c.i < left and c.right_edge.i == last and c.is_title
                     and c.left_edge.i == c.sent.start), None)  # "L'Amicale des Bruyères, le
        # club des retraités du village, estime": the name the parser gave the verb as well
    return doc[last]


def _name_opening_the_subject(subject: Token) -> Token | None:
    """"Martine X, institutrice retraitée devenue présidente de la SCIC, se souvient": the parser
    made the job set off after the name the subject, the name inside its phrase; the person
    the phrase opens on is."""
    doc = subject.doc
    left = subject.left_edge.i
    if subject.pos_ == "PROPN" or left >= subject.i:
        return None
    name = next((e for e in doc.ents if e.start == left and e.label_ in ("PERSON", "PER")), None)
    if name is None or name.end >= subject.i or doc[name.end].text != "," or (
        subject.i in range(name.start, name.end)
    ):
        return None
    return name.root


def _set_off_name_after_its_office(subject: Token, tok: Token) -> Token | None:
    """"la cheffe de file du groupe écologiste Montjaury à venir, Léa Margerit, a estimé": with
    universal tags, the parser made a name inside an office's complement (the group's) the
    subject; the person's name set off by commas right before the verb is."""
    if subject.pos_ != "PROPN" or subject.tag_ != subject.pos_ or first_name_gender(subject.text):
        return None
    i = _comma_before_verb(tok)
    if i is None or i <= subject.i:
        return None
    doc = tok.doc
    j = _before_set_off_name(doc, i - 1, subject.i)
    if j == i - 1 or doc[j].text != "," or not first_name_gender(doc[j + 1].text) or any(
        t.text == "," for t in doc[subject.i : j]
    ):
        return None
    for k in range(subject.i - 1, max(0, subject.i - 10) - 1, -1):  # (a sentence the parser
        # may have broken at the subject)
        if doc[k].is_punct:
            return None
        if doc[k].is_lower and doc[k].pos_ == "NOUN" and is_title_word(doc[k].text):
            return doc[i - 1]
    return None


def _set_off_name_of_office(subject: Token, tok: Token) -> Token | None:
    """"Le premier adjoint chargé de la tranquillité publique, Olivier Ferrand, a rappelé":
    with universal tags, the office is the subject and the parser hung the name set off after
    its complement elsewhere; that name, right before the verb, is the subject's."""
    if subject.pos_ != "NOUN" or not (is_title_word(subject.text) or (
            subject.lower_ in person_nouns() or subject.lemma_.lower() in lexicon().occupations)):
        return None
    name = _apposed_name_before(tok)
    if name is None or name.i < subject.i:
        return None
    doc = tok.doc
    comma = _before_set_off_name(doc, name.i)  # the comma that opens the name
    if any(t.is_punct or t.pos_ in ("AUX", "PRON") for t in doc[subject.i : comma]):
        return None
    return name


def _apposed_name_before(tok: Token) -> Token | None:
    """"La ministre de la santé, Anne Roy, a affirmé que ...": in a pipeline with universal tags
    the parser often breaks the sentence at a name set off by commas after its role; the name
    right before the verb (its auxiliaries and adverbs aside), after a noun, is the subject."""
    i = _comma_before_verb(tok)
    if i is None:
        return None
    doc = tok.doc
    last = i - 1
    j = _before_set_off_name(doc, last)
    if j == last or j < 1 or doc[j].text != "," or not doc[last].is_title:
        return None
    if not _role_ends_at(doc, j - 1):
        return None
    return next((e.root for e in doc.ents if j < e.start <= last < e.end), doc[last])


def _before_set_off_name(doc: Doc, last: int, floor: int = -1) -> int:
    """The index of the word before the name that ends at ``last`` (its proper nouns and
    capitalised words), not below ``floor``: the comma that sets it off, where one does."""
    j = last
    while j > floor and (doc[j].pos_ == "PROPN" or (doc[j].is_title and doc[j].is_alpha)):
        j -= 1
    return j


def _role_ends_at(doc: Doc, end: int) -> bool:
    """A role ends at word ``end``: a lower-case noun or adjective ("La ministre de la santé"),
    or the capitalised complement of an office ("la ministre de l'Énergie et de
    l'Hydraulique")."""
    role = doc[end]
    if role.pos_ in ("NOUN", "ADJ") and role.is_lower:
        return True
    i = end
    while i > max(0, end - 8) and (doc[i].pos_ in ("ADP", "DET", "CCONJ", "PROPN") or (
            doc[i].is_title and doc[i].is_alpha)):
        i -= 1
    return i < end and doc[i].is_lower and is_title_word(doc[i].text)


@per_language
def _means_verbs() -> frozenset[str]:
    """Verbs whose object is the time or the means someone spends or uses on an act ("used the
    remarks to urge", "spent much of her speech attacking"): means_verbs.txt."""
    return optional_words(None, "means_verbs.txt")


def _means(obj: Token) -> bool:
    """Whether the object of the verb above an infinitive or participle is the time or the means
    of the act rather than its actor: "the union used the remarks to urge ..." (the union
    urges), "she spent much of her speech attacking ..." (she attacks)."""
    return obj.head.lemma_.lower() in _means_verbs() and not _personal(obj)


@per_language
def _time_preps() -> frozenset[str]:
    """Prepositions whose participle is an event of the subject of the verb they hang from
    ("After saying ..., she was whisked off"): time_prepositions.txt."""
    return optional_words(None, "time_prepositions.txt")


def _shares_passive_subject(via: Token | None) -> bool:
    """Whether a cue reached through ``via`` has the passive subject of the verb above it as its
    speaker: "She can be heard yelling that ..." (xcomp), "After saying ..., she was whisked"
    (a time preposition), "He was criticized for saying ..." (the reason), "Having said ..., he
    was asked" (a participle before the verb); not a participle after it ("The attacks were
    echoed by X, saying ...": X says)."""
    if via is None:
        return False
    if via.dep_ == "xcomp":
        return True
    if via.dep_ == "conj":  # "X was forced to retreat and said ...": X said; not "was repeated"
        return via.tag_ != "VBN"
    if via.dep_ == "prep":  # "was criticized for saying": the one criticized said it
        return via.lower_ == "for" or (via.lower_ in _time_preps() and via.i < via.head.i)
    return via.dep_ == "advcl" and via.i < via.head.i


@per_language
def _medium_preps() -> frozenset[str]:
    """Prepositions naming the occasion or medium of what a verb's subject says ("wrote in a
    letter saying", "spoke during a rally attacking"): medium_prepositions.txt."""
    return optional_words(None, "medium_prepositions.txt")


def _participle_noun_speaker(participle: Token, depth: int, cue: Token) -> Token | None:
    """A participle modifying a noun. Set off by a comma it belongs to the clause ("rejected the
    proposal, saying ...") and reports for the clause's subject; so does one modifying a thing the
    subject issued or spoke through ("The union issued a statement saying ...", "spoke during a
    rally attacking ..."). Otherwise the noun itself speaks ("voters hoping to ...", "there are
    signs suggesting ...")."""
    doc, noun = participle.doc, participle.head
    set_off = doc[participle.i - 1].text == ","
    verb = None
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "ran ads and mailers attacking": the ads are what was run
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and (noun.head.lower_ in _medium_preps() or set_off):
        verb = noun.head.head
    if verb is not None and verb.pos_ in ("VERB", "AUX") and (set_off or not _personal(noun)):
        holder = subject_of(verb, depth + 1, cue)
        if holder is not None and holder.lower_ not in _not_speaker() and holder.i != noun.i:
            return holder
    noun = participle.head
    if noun.lower_ in _not_speaker():
        return None
    return noun


def _personal(noun: Token) -> bool:
    """Whether a noun names people or an organisation, who can speak for themselves."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    return (noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "NORP", "ORG")
            or lemma in lex.group_nouns or lemma in lex.occupations
            or lemma in lex.organisation_nouns)


def _finite(tok: Token) -> bool:
    """A verb with tense of its own ("said", "has said"), which must have a subject somewhere."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    return tok.tag_ in _FINITE_TAGS or any(
        c.dep_ == "aux" and c.tag_ in _FINITE_TAGS | {"MD"} for c in tok.children
    )


def _coordinated_verb(tok: Token) -> bool:
    """"The chairman paused, then admitted why ...": a finite verb the parser hung from the verb
    before it with no relation ("dep") is coordinated with it and shares its subject."""
    if not (tok.dep_ == "dep" and _finite(tok) and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.i < tok.i):
        return False
    if tok.head.tag_ in ("VBG", "VBN"):
        return True  # "Tenants facing eviction this month say ...": a reduced relative's subject
    prev = tok.i - 1
    while prev > tok.head.i and tok.doc[prev].pos_ == "ADV":
        prev -= 1
    return tok.doc[prev].text == "," or tok.doc[prev].pos_ == "CCONJ"


# Subject tags by grammatical number, for agreement with a present-tense verb.
_SINGULAR = frozenset({"NN", "NNP"})
_PLURAL = frozenset({"NNS", "NNPS"})


def _root_noun_of_conjunct(tok: Token) -> Token | None:
    """"L'Association des éleveurs de X dénonce « une punition collective » et assure que": in
    a pipeline with universal tags, a finite verb the parser coordinated with the noun it made
    the sentence's root, which opens the sentence, has that noun phrase as its subject."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != tok.pos_ or head.dep_ != "ROOT" or head.i >= tok.i or (
        head.pos_ not in ("NOUN", "PROPN") or "Fin" not in tok.morph.get("VerbForm", [])
    ) or any(c.dep_.startswith("nsubj") for c in (*tok.children, *head.children)) or (
        reporting_word(head)
    ):  # (not "Le Syndicat ... dénonce une « saignée » et exige", the root a verb tagged a noun)
        return None
    start = head.left_edge.i
    return _whole_name_root(head) if start == tok.sent.start or (
        start == tok.sent.start + 1 and tok.doc[start - 1].pos_ == "DET") else None


def _conjunct_past_quote(tok: Token) -> Token | None:
    """"La Ville dit « suivre le dossier » et rappelle que ...": a finite verb the parser
    coordinated with a verb of the quoted words before it shares the subject of the verb that
    governs those words."""
    head = tok.head
    if tok.dep_ != "conj" or not (_finite(tok) or "Fin" in tok.morph.get("VerbForm", [])):
        return None
    outer = head.head
    doc = tok.doc
    if outer.i >= head.i or outer.pos_ not in ("VERB", "AUX") or not any(
        t.text in _QUOTE_TOKENS for t in doc[outer.i + 1 : head.i]
    ):
        return None
    return outer if any(t.text in _QUOTE_TOKENS for t in doc[head.i + 1 : tok.i]) else None


def _report_after_reported_clause(tok: Token) -> Token | None:
    """"Le comité estime que la perte atteint 30 % et réclame « ... »": in a treebank with
    universal tags, a finite reporting verb the parser coordinated with the verb of a clause
    another reporting verb reports, that clause's verb no report and its subject no person, is
    the reporter's second report."""
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != tok.pos_ or "Fin" not in tok.morph.get("VerbForm", []):
        return None
    for _ in range(3):  # (or with a word of its clause: "atteint 30 % ... et réclame")
        if head.pos_ in ("VERB", "AUX") or head.head is head:
            break
        head = head.head
    reporter = head.head
    if head.dep_ != "ccomp" or reporter.i >= head.i or not (is_cue(tok) and is_cue(reporter)):
        return None
    inner = next((c for c in head.children if c.dep_.startswith("nsubj")), None)
    if is_cue(head) or (inner is not None and (inner.ent_type_ == "PERSON" or inner.pos_ in (
        "PRON", "PROPN"
    ))):
        return None
    return reporter


def _outer_conjunct(tok: Token) -> Token | None:
    """"Analysts believed the chairman had joined the camp, and admitted ...": a verb the parser
    coordinated with a verb inside a clause below the main verb coordinates with the main verb
    when a comma stands before its "and", or when it disagrees in number with the inner verb's
    subject ("farmers believe the dam is a mistake and have been urging ...")."""
    if tok.dep_ != "conj" or not _finite(tok):
        return None
    root, head = tok.sent.root, tok.head
    if root.i in (head.i, tok.i) or root.i > head.i or root.pos_ not in ("VERB", "AUX"):
        return None
    if head.dep_ not in ("ccomp", "acl", "relcl", "advcl", "pcomp", "xcomp"):
        return None
    if not any(c.dep_ == "nsubj" for c in root.children):
        return None
    doc = tok.doc
    prev = tok.i - 1
    while prev > head.i and doc[prev].pos_ in ("ADV", "AUX"):
        prev -= 1
    comma_and = doc[prev].pos_ == "CCONJ" and doc[prev - 1].text == ","
    inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if comma_and or (inner is not None and _disagrees(tok, inner)):
        return root
    return root if _second_report(tok, head, root, inner) else None


@per_language
def _second_reports() -> frozenset[tuple[str, str]]:
    """(second, first) reporting verbs: a coordinated "said" after "said" or "told" is the same
    speaker's second report ("told the BBC the firm was sold and said ..."):
    data/<lang>/second_reports.tsv."""
    return frozenset(optional_pairs(None, "second_reports.tsv"))


def _second_report(tok: Token, head: Token, root: Token, inner: Token | None) -> bool:
    """"Lamb said he earns little and questioned how ...", "Vance told reporters her agency never
    met them and said ...": a reporting verb coordinated with the verb of a clause reported by
    the main verb is the reporter's second report when the reported clause's subject is a pronoun
    that can stand for the reporter, or when it is "said" after "said" or "told"."""
    if head.dep_ != "ccomp" or head.head.i != root.i or not (is_cue(tok) and is_cue(root)):
        return False
    if (tok.lemma_.lower(), root.lemma_.lower()) in _second_reports():
        return True
    if inner is None or inner.pos_ != "PRON":
        return False
    reporter = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return reporter is not None and _same_person(reporter, inner)


def _same_person(reporter: Token, pronoun: Token) -> bool:
    """Whether a pronoun can stand for the reporter: "he" or "she" for one person or body
    ("Okafor", "the mayor"), or the same pronoun ("he said he ...")."""
    word = pronoun.lower_
    if reporter.pos_ == "PRON":
        return reporter.lower_ == word
    if word in ("he", "she"):
        return reporter.tag_ in _SINGULAR and _personal(reporter)
    return False


def _disagrees(verb: Token, subject: Token) -> bool:
    """A present-tense verb (or its auxiliary) whose number does not fit the subject."""
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ == "aux"]
    if "VBP" in tags and subject.tag_ in _SINGULAR:
        return True
    return "VBZ" in tags and subject.tag_ in _PLURAL


@per_language
def _addressing_verbs() -> frozenset[str]:
    """Reporting verbs whose object is the person addressed ("told the BBC"), never their
    subject: data/<lang>/addressing_verbs.txt."""
    return optional_words(None, "addressing_verbs.txt")


def _inverted_subject(tok: Token) -> Token | None:
    """"..., said Tulley": after the words it reports (a comma or quotation mark before it), a
    reporting verb is followed by its subject; the parser sometimes takes the name for an
    adverb or object."""
    doc = tok.doc
    if (tok.i == tok.sent.start or tok.i + 1 >= len(doc) or tok.tag_ not in _FINITE_TAGS
            or tok.lemma_.lower() in _addressing_verbs()):
        return None  # "..., telling the BBC, ...": the BBC is told
    prev = doc[tok.i - 1]
    if prev.text != "," and prev.text not in _QUOTE_TOKENS:
        return None
    nxt = doc[tok.i + 1]
    while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.pos_ == "PROPN":
        nxt = nxt.head
    if ((nxt.pos_ == "PROPN" or _name_word(nxt)) and nxt.head.i == tok.i
            and nxt.dep_ in ("advmod", "npadvmod", "dobj")
            and (nxt.i + 1 >= len(doc) or doc[nxt.i + 1].is_punct)):
        return nxt
    return None


def inverted_noun_phrase(tok: Token) -> Token | None:
    """"..., a déclaré jeudi son ambassadrice, Nadia Keraval": in a treebank with universal tags
    (the verb's tag is "VERB", or it has a tense auxiliary "aux:tense"), a reporting verb after
    the words it reports, with no subject of its own, has the first noun phrase after it as its
    subject, however the parser attached it."""
    doc, sent = tok.doc, tok.sent
    after_quote = tok.tag_ == tok.pos_ and tok.i > 0 and (doc[tok.i - 1].text in _QUOTE_TOKENS or (
        tok.i > 1 and doc[tok.i - 1].text == "," and doc[tok.i - 2].text in _QUOTE_TOKENS
    ))  # ("», raconte la vigneronne", the verb and its subject tagged adjectives)
    if tok.tag_ != "VERB" and not any(c.dep_ == "aux:tense" for c in tok.children) and not (
        after_quote and reporting_word(tok)
    ):  # ("« ... ? » lâche une relieuse": a reporting word tagged a noun, right after the quote
        return None  # whose question mark may have ended the parser's sentence)
    prev = before_verb_group(tok, sent.start)
    # (the parser's sentence may open on the comma: "..., a confié la quinquagénaire.")
    opens_on_comma = prev == sent.start and prev > 0 and doc[prev].text == ","
    if prev == sent.start and prev > 0 and doc[prev].is_lower and doc[prev - 1].text in ("?", "!"):
        prev -= 1  # "— ..., hein? a demandé Lapointe.": the question mark ended its sentence
        opens_on_comma = True
    if not after_quote and ((prev <= sent.start and not opens_on_comma) or (
        doc[prev].text not in (",", "?", "!") and doc[prev].text not in _QUOTE_TOKENS
    )):  # ("— ... on la finit, hein? a demandé Lapointe.")
        return None
    if not after_quote and doc[prev].text == "," and _ends_relative_clause(doc[prev]):
        return None  # "Le comité ..., qui avait récolté ..., reconnaît sa défaite": its object
    i, stop = tok.i + 1, min(sent.end, tok.i + 8)
    while i < stop:
        word = doc[i]
        if word.is_punct or word.lower_ in complementizers():
            return None  # (", soulignant que X n'avait ...": the reported clause's subject)
        if word.pos_ == "ADP" and word.is_lower and i + 1 < stop and doc[i + 1].is_title and (
            doc[i + 1].pos_ == "PROPN"
        ):  # "a martelé mardi à Cotonou la secrétaire générale du syndicat, X": a place (or a
            k = i + 1  # medium) after a preposition, then the subject's article
            while k < stop and doc[k].is_title and doc[k].pos_ == "PROPN":
                k += 1
            if k < stop and doc[k].pos_ == "DET":
                i = k
                continue
        if word.dep_ == "case" and word.head.i > i and word.head.dep_.startswith("obl"):
            # "a lancé depuis les bancs du public la fille de ...", "a confié à l'Agence
            # Atlantide un responsable ...": the subject the parser hung from the phrase is not
            # part of it
            i = phrase_end(word.head) + 1
            stop = min(sent.end, i + 7)
            continue
        if word.dep_ == "case" and word.head.i > i and word.head.pos_ == "NOUN" and all(
            doc[k].pos_ in ("DET", "ADJ") for k in range(i + 1, word.head.i)
        ):  # "a déclaré dans un communiqué le directeur général", the parser's phrase hung on
            i = word.head.i + 1  # the subject: a subject opens with no preposition
            continue
        if word.pos_ == "DET" and word.head.i > i and word.head.lower_ in date_words():
            i = word.head.i + 1  # "a annoncé ce mardi le ministère": when, not who
            while i < stop and doc[i].lower_ in date_words():
                i += 1
            continue
        if word.pos_ == "DET" and word.head.i > i and (
            word.head.pos_ in ("NOUN", "PROPN") or word.head.lower_ in lexicon().occupations
            or word.head.lower_ in person_nouns() or is_age_noun(word.head.lower_)
        ):  # "un haut fonctionnaire du ministère", "la quinquagénaire", tagged adjectives
            return word.head
        if (word.pos_ == "DET" or word.lower_ in lexicon().articles) and i + 1 < stop and (
            doc[i + 1].is_lower
        ) and (
            doc[i + 1].lower_ in person_nouns() or doc[i + 1].lower_ in lexicon().occupations
        ):  # "se réjouit une automobiliste venue de Zahlé": the person noun the parser made a
            return doc[i + 1]  # modifier of the participle after it, not the place
        if word.pos_ == "PROPN" or (word.pos_ == "NOUN" and (
                word.ent_type_ or is_title_word(word.text))) or (
            word.ent_type_ in ("PER", "PERSON") and word.is_title and word.pos_ == "ADJ"
        ):  # ("a demandé Lapointe", the surname tagged an adjective)
            return word
        i += 1
    return None


def phrase_end(noun: Token) -> int:
    """The last word of the noun phrase ``noun`` heads, without a noun phrase the parser put in
    apposition to it right after it, with no comma between ("à l'Agence Atlantide un
    responsable ...": the speaker)."""
    doc = noun.doc
    return max([noun.i] + [c.right_edge.i for c in noun.rights if not (
        c.dep_ == "appos" and doc[c.left_edge.i - 1].text != ",")])


def _name_closing_relative(tok: Token) -> Token | None:
    """The noun before the relative clause set off by the comma right before the verb group of
    ``tok``, when ``tok`` has no subject of its own."""
    prev = before_verb_group(tok, tok.sent.start)
    if prev <= 0 or tok.doc[prev].text != "," or _own_subject(tok) is not None:
        return None
    return _closes_relative_clause(tok.doc[prev])


def _noun_before_relative_clause(tok: Token) -> Token | None:
    """"La clinique du Val-Fleuri, qui n'est pas poursuivie, a fait savoir que ...": a reporting
    verb with no subject of its own, right after the comma closing a relative clause that the
    parser hung it from, has the noun the clause describes as its subject."""
    doc = tok.doc
    prev = before_verb_group(tok, tok.sent.start)
    if prev <= 0 or doc[prev].text != ",":
        return None
    if tok.dep_ in ("acl:relcl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN") and any(
        doc[k].text == "," and (is_relative_pronoun(doc[k + 1]) or (
            doc[k + 1].dep_ == "mark" and doc[k + 1].head.i == tok.i))
        for k in range(tok.head.i + 1, prev - 1)
    ) and not any(c.dep_ in _SUBJECT_DEPS and c.i < tok.i and not is_relative_pronoun(c)
                  for c in tok.children):  # "Son secrétaire général, X, que ses camarades
        return _whole_name_root(tok.head)  # surnomment « ... », a prévenu": the parser made
        # the cue the clause's own verb
    closing = next((t for t in doc[tok.sent.start : prev] if t.dep_ in ("acl:relcl", "relcl")
                    and t.right_edge.i == prev - 1 and t.head.i < t.i
                    and t.head.pos_ in ("NOUN", "PROPN") and t.head.dep_ not in _SUBJECT_DEPS
                    and not t.head.dep_.startswith(("pobj", "obl", "nmod", "poss"))
                    and any(is_relative_pronoun(c) and c.dep_ in _SUBJECT_DEPS
                            for c in t.children)), None)
    if closing is not None and tok.dep_ == "ROOT" and tok.tag_ == tok.pos_:
        return _whole_name_root(closing.head)  # "l'ancien sénateur X, qui préside le groupe
        # Y, a estimé": the clause the comma closes, hung on a noun the parser gave the verb
        # no link to
    verb, hops = tok.head, 0
    while verb.dep_ not in ("acl:relcl", "relcl") and verb.head is not verb and hops < 3:
        verb, hops = verb.head, hops + 1
    noun = verb.head
    if verb.dep_ not in ("acl:relcl", "relcl") or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if not noun.i < verb.i < prev or not any(
        is_relative_pronoun(c) and c.dep_ in _RELATIVE_SUBJECT_DEPS for c in verb.children
    ):  # ("Une biologiste ..., qui n'est pas autorisée à ..., reconnaît": a passive's subject)
        return None
    while noun.dep_ == "nmod" and noun.pos_ == "NOUN" and not noun.ent_type_ and (
        noun.head.pos_ == "NOUN" and noun.head.i < noun.i
        and noun.lower_ not in person_nouns() and noun.lemma_.lower() not in person_nouns()
    ):
        noun = noun.head  # "Un paroissien de longue date, qui ..., juge": not the "date"
    if noun.dep_ == "appos" and noun.head.i < noun.i and noun.head.is_title and any(
        c.dep_ == "det" and c.lower_ in indefinite_articles() for c in noun.children
    ) and noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ",":
        noun = noun.head  # "Le Carrefour d'accueil du X, un organisme qui ..., soutient": the
        # name the description is set off after
    return _whole_name_root(noun)


def _whole_name_root(noun: Token) -> Token:
    """The head of the name the tagger found around ``noun`` ("Association" of "Association des
    résidents secondaires de Port-Kerlédan", whose "résidents" a clause hangs from), or of the
    organisation's kind noun it completes ("Le collectif Sauvons la maternité de X")."""
    kinds = lexicon().organisation_nouns
    while noun.dep_ in ("nmod", "flat:name") and noun.head.i < noun.i and (
        noun.head.lemma_.lower() in kinds or noun.head.lower_ in kinds
    ):
        noun = noun.head
    ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    if ent is None or (noun.is_lower and noun.pos_ == "NOUN" and noun.lower_ in kinds):
        return noun  # ("le collège échevinal de X", the tagger's place: the body's noun)
    if ent.root.pos_ != "PROPN":  # "Le Syndicat autonome des lycées", the parse rooted on
        return next((t for t in ent if t.pos_ == "PROPN"), ent.root)  # "autonome"
    return ent.root


def before_verb_group(tok: Token, floor: int) -> int:
    """The word before a verb's auxiliaries and clitics ("a-t-il dit", "lui a répondu"), not
    before ``floor``."""
    doc = tok.doc
    prev = tok.i - 1
    while prev > floor and (doc[prev].pos_ == "AUX" or doc[prev].text.startswith("-") or (
            doc[prev].pos_ == "PRON" and (doc[prev].dep_ != "nsubj"
                                          or doc[prev].lower_ in dative_clitics()))):
        prev -= 1
    return prev


@per_language
def object_clitics() -> frozenset[str]:
    """"l'" of "l'a interrogée": data/<lang>/object_clitics.txt."""
    return optional_words(None, "object_clitics.txt")


@per_language
def dative_clitics() -> frozenset[str]:
    """Object pronouns of an incise the parser may take for its subject (data/<lang>/
    dative_clitics.txt: "lui", "leur")."""
    return optional_words(None, "dative_clitics.txt")


def _np_start(tok: Token) -> int:
    """Where the phrase a word heads starts, without a comma it may begin with."""
    left = tok.left_edge.i
    while left < tok.i and tok.doc[left].is_punct:
        left += 1
    return left


def _stranded_subject(tok: Token) -> Token | None:
    """"In Millbrook, ..., Tom Becker, the resort's owner, suggested that ...": a finite verb
    with no subject, right after a noun phrase that a comma sets off from an opening phrase, has
    that noun phrase as subject (the parser hung it from the opening phrase)."""
    doc, sent = tok.doc, tok.sent
    end = tok.i - 1
    while end > sent.start and (
        (doc[end].pos_ == "ADV" and doc[end].head.i == tok.i) or doc[end].text == ","
    ):
        end -= 1
    if end <= sent.start:
        return None
    found = [
        t for t in doc[sent.start : end + 1]
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("appos", "conj", "pobj", "npadvmod")
        and _np_start(t) > sent.start and doc[_np_start(t) - 1].text == ","
        and _right_edge_outside_quotes(t) == end
    ]
    if len(found) > 1 and found[0].dep_ == "appos" and found[0].head.dep_ == "pobj" and (
        found[0].head.lemma_.lower() in lexicon().occupations
    ):  # "In a statement read by the family's solicitor, Marcus Fairclough, Mr Oakes's mother,
        # Carol Oakes, said": the solicitor's name belongs to the opening phrase
        return found[1]
    return found[0] if found else None


def _subject_before_aside(tok: Token) -> Token | None:
    """"Mr. Okoye, meanwhile, who runs a bakery, said the rules ...": a reporting verb with
    no subject whose clause before it opens with a noun phrase and a comma took that noun phrase
    for the clause's subject; it is the verb's, the rest an aside."""
    for clause in tok.children:
        if clause.dep_ != "ccomp" or clause.i > tok.i:
            continue
        for subj in clause.children:
            if (subj.dep_ == "nsubj" and subj.i < clause.i and subj.lower_ not in _not_speaker()
                    and subj.pos_ in ("PROPN", "NOUN")
                    and any(tok.doc[i].text == "," for i in range(subj.i + 1, clause.i))):
                return subj
    return None


def _noun_opening_before_aside(tok: Token) -> Token | None:
    """"La préfecture, de son côté, a fait savoir que ...": an article and a noun opening the
    sentence, then an aside with no verb between commas right before the verb's group, are its
    subject, whatever the parser hung them on."""
    doc, start = tok.doc, tok.sent.start
    if start + 4 >= tok.i or doc[start].pos_ != "DET" or doc[start + 1].pos_ != "NOUN" or (
        doc[start + 2].text != ","
    ):
        return None
    close = _before_verb_group(tok)
    if close <= start + 3 or doc[close].text != "," or any(
        t.pos_ not in ("ADP", "DET", "NOUN", "ADV", "ADJ") for t in doc[start + 3 : close]
    ):
        return None
    return doc[start + 1]


def _subject_before_relative(tok: Token) -> Token | None:
    """"Le Syndicat national des médecins hospitaliers (SNMH), que préside l'urgentiste Yann
    Kervella, ..., réclame": a finite verb with no subject, right after the comma that closes a
    relative clause set off after the noun phrase opening the sentence, has that noun phrase as
    subject (the parser made the relative clause the sentence's root)."""
    doc, sent = tok.doc, tok.sent
    if tok.i - 1 <= sent.start or doc[tok.i - 1].text != ",":
        return None
    comma = next((t.i for t in doc[sent.start : tok.i - 1] if t.text == ","), None)
    if comma is None or comma - sent.start > 12 or not is_relative_pronoun(doc[comma + 1]):
        return None
    opening = [t for t in doc[sent.start : comma] if t.text not in "()"]
    if not opening or not all(t.pos_ in _NP_POS or _name_word(t) or t.pos_ == "ADP"
                              for t in opening):
        return None
    heads = [t for t in opening if t.pos_ in ("NOUN", "PROPN")
             and (t.head.i == t.i or not sent.start <= t.head.i < comma)]
    return heads[0] if len(heads) == 1 else None


def is_relative_pronoun(tok: Token) -> bool:
    """A relative pronoun: "who", "which" (Penn tags WP, WDT); in universal features "qui",
    "que", "dont", or a pronoun opening a relative clause."""
    return tok.tag_ in ("WP", "WDT") or (tok.tag_ == tok.pos_ == "PRON" and (
        "Rel" in tok.morph.get("PronType", []) or tok.head.dep_ == "acl:relcl"))


def _phrase_of_hyphenated_end(word: Token) -> Token:
    """"la mairie d'Assoumankro-Lagune indique", "Lagune" the parser's subject, a pronoun: a
    capitalised word after a tight hyphen ends a name; the subject is the noun the name hangs
    on ("mairie"), else the name's first word."""
    doc = word.doc
    if word.i == 0 or not joining_hyphen(doc[word.i - 1]) or word.pos_ != "PRON" or (
        not word.is_title
    ):  # (the name's last word the parser made a pronoun)
        return word
    found = doc[hyphenated_start(doc, word.i)]
    while found.head.i < found.i and found.dep_ in ("amod", "flat:name", "nmod") and (
        found.head.pos_ in ("NOUN", "PROPN")
    ):
        found = found.head
        if found.pos_ == "NOUN":
            break
    return found


def _own_subject(tok: Token, cue: Token | None = None) -> Token | None:
    """The subject among ``tok``'s children. When the parser gave a verb two subjects ("His
    promises notwithstanding, analysts agree"), the one nearest the cue is its subject ("Ryan,
    despite admitting that ..., the victims need": Ryan admits); a subject after the verb inside
    quotation marks is a title ("said on "Fox and Friends"")."""
    cue = tok if cue is None else cue
    found = [
        child for child in tok.children
        if (child.dep_ in _SUBJECT_DEPS or (child.dep_ == "nsubj:pass" and (
            _pronominal(tok) or _active(tok))))
        and any(c.isalnum() for c in child.text)
        and (child.lower_ not in _not_speaker() or is_relative_subject(child)
             or _modified_demonstrative(child))
        and not _quoted_after(tok, child) and not _quoted_before(tok, child)
        and not (child.i > tok.i and child.lower_ in date_words())  # "a expliqué mardi X"
        and not any(t.lower_ in complementizers() for t in tok.doc[tok.i + 1 : child.i])
        and not (child.tag_ == child.pos_ and any(  # ("..., dont une majorité de femmes,
            is_relative_pronoun(c) and c.i < child.i for c in child.children))  # estime":
    ]  # the clause's noun, no subject; not "la loi" of "a assuré que la loi serait ...", which
    # the parser hung on the cue)
    found = [_phrase_of_hyphenated_end(child) for child in found]
    if not found:
        return None
    before = [c for c in found if c.i < tok.i and c.tag_ != "DT"]  # not "both", "all"
    if len(before) > 1 and tok.tag_ == tok.pos_:  # universal tags: "la chambre d'agriculture
        before = [c for c in before if c.left_edge.i == 0  # du département estime", not the
                  or c.doc[c.left_edge.i - 1].pos_ != "ADP"] or before  # one after "du"
    if len(before) > 1:  # "L'associé-gérant, 63 ans, qui ..., a précisé": not the age
        before = [c for c in before if not _set_off_age(c)] or before
    if len(before) > 1:  # "A civil servant who did not want his name in print said"
        before = [c for c in before if not _object_after_relative(c, before)] or before
    if len(before) > 1:  # "The council, in a press release signed by its chief administrator,
        before = [c for c in before if not _set_off_in_phrase_after(c, before)] or before
        # Mr. Sahr X, said": the name is the administrator's, the council the subject
    if len(before) > 1:  # "X, venue les inspecter, les a qualifiés de « ... »": not the
        before = [c for c in before if not (c.pos_ == "DET" and not list(c.children))] or (
            before)  # object pronoun the tagger made an article
    if len(before) > 1:
        before = [c for c in before
                  if not any(names_office_closing_relative(c, s) for s in before)] or before
    if not before:
        return _past_opening_phrase(found[0])
    subject = min(before, key=lambda c: abs(c.i - cue.i))
    if subject.pos_ == "ADJ" and subject.tag_ == subject.pos_:  # "Un recruteur ..., présent
        subject = next((c for c in subject.children  # dans les gradins, estime": the noun
                        if c.dep_ == "nsubj" and c.i < subject.i), subject)  # it describes
    return _before_set_off_relative(subject) or _past_opening_phrase(subject)


def _said_by_nobody(tok: Token) -> bool:
    """The verb's subject, or the subject of the verb it completes, is a negative pronoun with
    no article ("personne ne peut garantir que", "nobody could say"): no one speaks."""
    verb = tok.head if tok.dep_ == "xcomp" else tok
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and all(  # (not "rien" of a quote the parser hung on the cue)
        c.i < verb.i and c.lower_ in lexicon().negations and c.pos_ != "PROPN"
        and (c.is_lower or c.i == c.sent.start)  # (not "Plan No. 4417", a name's number)
        and not any(d.dep_ == "det" for d in c.children)
        and not any(t.text in _QUOTE_TOKENS for t in verb.doc[c.i : verb.i])
        for c in subjects) and clitic_subject(verb) is None  # ("rien ..., poursuit-elle")


def _set_off_in_phrase_after(noun: Token, subjects: list[Token]) -> bool:
    """``noun`` is set off by a comma right after the object of a preposition, in a phrase of
    the verb's that opens right after another of its subjects and a comma: it names that
    object, not the speaker."""
    doc, k = noun.doc, noun.left_edge.i
    if k < 2 or doc[k - 1].text != "," or doc[k - 2].dep_ != "pobj" or doc[k - 2].pos_ != "NOUN":
        return False
    for other in subjects:
        comma = other.right_edge.i + 1
        prep = doc[comma + 1] if other.i != noun.i and comma + 1 < k - 2 else None
        if prep is not None and doc[comma].text == "," and prep.pos_ == "ADP" and (
            prep.head.i == noun.head.i and prep.right_edge.i >= k - 2
        ):
            return True
    return False


def _object_after_relative(noun: Token, subjects: list[Token]) -> bool:
    """A common noun right after the relative clause of another of the verb's subjects, which
    is that clause's object the parser made a second subject ("A civil servant who did not want
    his name in print said"); not a name ("A resident who wanted to be known only as Ah Meng
    said")."""
    return noun.pos_ != "PROPN" and not noun.ent_type_ and any(
        other.i < noun.i and any(r.dep_ in ("relcl", "acl:relcl")
                                 and r.right_edge.i + 1 == noun.left_edge.i
                                 for r in other.children) for other in subjects)


def office_closing_relative(name: Token) -> bool:
    """A subject the parser gave a verb that is the name of an office closing the relative
    clause of the verb's earlier subject (``names_office_closing_relative``)."""
    subjects = [s for s in name.head.children if s.dep_ in _SUBJECT_DEPS and s.i < name.i]
    if name.dep_ == "conj" and name.head.i < name.i:  # (the name the parser joined to it)
        subjects.append(name.head)
    return any(names_office_closing_relative(name, s) for s in subjects)


def names_office_closing_relative(name: Token, subject: Token) -> bool:
    """``name`` is set off right after an office that closes the relative clause of the
    earlier ``subject``: "Le patron, qui a mené les négociations avec le directeur général de
    Lindenholz, Markus X, assure que": the director's name, not who assures."""
    doc = name.doc
    first = name.left_edge.i
    while first < name.i and doc[first].is_punct:  # (a comma the parser hung on the name)
        first += 1
    comma = first - 1
    if subject.i >= comma or comma < 1 or doc[comma].text != "," or name.pos_ != "PROPN":
        return False
    clause = next((c for c in subject.children if c.dep_ in ("relcl", "acl:relcl")
                   and c.i < comma and c.right_edge.i == comma - 1), None)
    if clause is None:
        return False
    occupations = lexicon().occupations
    return any(t.pos_ == "NOUN" and t.right_edge.i == comma - 1 and (
        t.lemma_.lower() in occupations or is_title_word(t.text)) for t in doc[clause.i : comma])


def _agent_after_quoted(tok: Token) -> Token | None:
    """A participle whose quoted words come right after it, then its agent ("jugé
    « inacceptable » par la Confédération syndicale du bâtiment"): the agent's noun."""
    doc = tok.doc
    if ("Part" not in tok.morph.get("VerbForm", []) and tok.pos_ != "ADJ") or any(
        c.dep_.startswith(("aux", "expl", "nsubj")) for c in tok.children
    ):  # (not "s'est dite « soulagée » par le vote": her own words)
        return None
    k = tok.i + 1
    if k >= len(doc) or doc[k].text not in _QUOTE_TOKENS:
        return None
    close = next((j for j in range(k + 1, min(len(doc), k + 15)) if doc[j].text in _QUOTE_TOKENS),
                 None)
    if close is None or close + 2 >= len(doc) or doc[close + 1].lower_ not in agent_prepositions():
        return None
    noun = next((t for t in doc[close + 2 : close + 5] if t.pos_ in ("NOUN", "PROPN")), None)
    return noun if noun is not None and noun.i > close + 1 else None


def _set_off_age(tok: Token) -> bool:
    """``tok`` heads an age set off after a noun (", 63 ans," in data/<lang>/ages.tsv)."""
    return _set_off_age_start(tok) is not None


def _set_off_age_start(tok: Token) -> int | None:
    """Where the age ``tok`` heads starts, when it is set off after a noun; the parser may hang
    the comma before it on the age ("Gilbert X, 61 ans, machiniste de la ligne, qui ...")."""
    doc = tok.doc
    k = tok.left_edge.i
    while k < tok.i and doc[k].text == ",":
        k += 1
    if k > 0 and not tok.like_num and doc[k].like_num and doc[k - 1].text == "," and (
        age_after_name(doc.text[doc[k - 1].idx : tok.idx + len(tok) + 1]) is not None
    ):
        return k
    return None


def _before_set_off_relative(subject: Token) -> Token | None:
    """"Son président, Mamadou X, que ses collègues surnomment « le Roc », a prévenu": in a
    pipeline with universal tags, a "subject" right after the relative word that opens a clause
    set off by a comma is that clause's; the name before the comma is the verb's. With Penn tags,
    a subject after "where" in a clause set off that way ("Shelley X, 34, who lives two doors
    from the spot where Terry parks, said") is the clause's: the name before it is the verb's."""
    doc = subject.doc
    k = subject.left_edge.i
    prev = _before_verb_group(subject.head)
    if subject.tag_ != subject.pos_ and k > 0 and doc[k - 1].tag_ == "WRB" and (
        subject.i < prev < subject.head.i and doc[prev].text == ","
        and _ends_relative_clause(doc[prev])
    ):
        return _closes_relative_clause(doc[prev])
    if subject.tag_ != subject.pos_ or k < 3 or doc[k - 2].text != "," or not (
        doc[k - 1].lower_ in complementizers() or is_relative_pronoun(doc[k - 1])
    ):
        return None
    name = doc[k - 3]
    number = doc[name.i - 1] if name.i >= 3 else None
    if number is not None and number.like_num and number.head.i == name.i and (
        doc[number.i - 1].text == "," and age_after_name(doc.text[doc[number.i - 1].idx :
                                                                  name.idx + len(name) + 1])
    ):
        name = doc[number.i - 2]  # "Issouf X, 27 ans, que ses amis surnomment « Boss »,"
    while name.dep_ in ("flat:name", "nmod") and name.head.i < name.i and (
        name.head.pos_ == "PROPN" or name.head.ent_type_
    ):
        name = name.head
    return name if name.pos_ in ("PROPN", "NOUN") and name.ent_type_ in ("PERSON", "PER") else (
        None)  # (a first name the tagger took for a noun: "Aboubacar")


def _active(verb: Token) -> bool:
    """"Il a ensuite annoncé que": a verb in a universal treebank whose subject the parser
    labelled a passive one, though no passive auxiliary goes with it."""
    return not any(c.dep_ == "aux:pass" for c in verb.children)


def _pronominal(verb: Token) -> bool:
    """A pronominal verb ("Elle s'est étonnée que ..."): a reflexive clitic among its children,
    whose subject a universal treebank may label a passive one although it does the saying."""
    return any(c.dep_.startswith("expl") and "Yes" in c.morph.get("Reflex", [])
               for c in verb.children)


@per_language
def _place_openers() -> frozenset[str]:
    """Prepositions of place the tagger may read as a subject's modifier when they open a
    sentence with a bare noun ("Outside court,"): data/<lang>/place_openers.txt."""
    return optional_words(None, "place_openers.txt")


def _past_opening_phrase(subject: Token) -> Token:
    """"Pendant la période de questions, une citoyenne du rang a raconté": in a treebank with
    universal tags, a "subject" opened by a preposition is a phrase of time or place the parser
    misread; the noun phrase it set off by a comma and took for an apposition (or a conjunct:
    "Dans une déclaration écrite, Gestion X affirme") is the subject."""
    opener = subject.doc[subject.left_edge.i]
    if not any(c.dep_ == "case" and c.i < subject.i for c in subject.children) and not (
        opener.i == subject.sent.start and opener.lower_ in _place_openers()
        and opener.head.i == subject.i
    ):  # ("Outside court, a relative who ... said": "Outside" the tagger's adjective)
        return subject
    apposed = [t for t in subject.subtree if t.dep_ in ("appos", "conj")
               and t.pos_ in ("NOUN", "PROPN") and _set_off_by_comma(t)]
    return apposed[-1] if apposed else subject


def _set_off_by_comma(tok: Token) -> bool:
    """The phrase ``tok`` heads comes right after a comma (the parser may hang the comma on it)."""
    first = next(w for w in tok.subtree if not w.is_punct)
    return first.i > 0 and tok.doc[first.i - 1].text == ","


def _quoted_before(verb: Token, subject: Token) -> bool:
    """"« ..., elle la première », confie un haut fonctionnaire": a subject before the verb
    inside the quotation that closes before it is a word of the quote, not the speaker."""
    if subject.i > verb.i:
        return False
    doc = verb.doc
    opened = sum(1 for t in doc[: subject.i] if t.text in _QUOTE_TOKENS) % 2 == 1
    return opened and any(t.text in _QUOTE_TOKENS and (
        doc[t.i + 1].text == "," or any(  # "Invité à l'émission « Mise en échec » de Radio X,
            w.ent_type_ == "PERSON" for w in doc[t.i + 1 : verb.i]))  # M. Y a annoncé"
        for t in doc[subject.i + 1 : verb.i])  # not a quoted title: '"American Skin" was
    # written by Springsteen'


def _quoted_after(verb: Token, subject: Token) -> bool:
    """Whether ``subject`` follows ``verb`` behind an opening quotation mark."""
    if subject.i < verb.i:
        return False
    return any(verb.doc[i].text in _QUOTE_TOKENS for i in range(verb.i + 1, subject.i))


def _modified_demonstrative(tok: Token) -> bool:
    """"Those close to him say", "those who know her say": a demonstrative with a modifier is a
    group of people, unlike a bare "this" or "that"."""
    return tok.lower_ in ("those", "these") and any(
        c.dep_ in ("amod", "acl", "relcl", "prep", "advmod") and c.i > tok.i for c in tok.children
    )


def _relative_that_speaker(rel: Token) -> Token:
    """"He released a letter that says ...": the relative "that" stands for a document or a
    statement, and its speaker is whoever released, issued or made it (the subject of the verb
    the antecedent is the object of); failing that, the antecedent itself ("new rules that
    promise ...")."""
    antecedent = rel.head.head
    if antecedent.dep_ == "dobj" and antecedent.head.pos_ in ("VERB", "AUX"):
        holder = subject_of(antecedent.head, 1)
        if holder is not None and holder.lower_ not in _not_speaker() and holder.i != rel.i:
            return holder
    return antecedent


def _name_after_participle(subject: Token, cue: Token) -> Token | None:
    """"Speaking from his home in Selbury Cross, Mr Colquhoun, 52, told the Clarion": the
    parser made the opening participle the subject; the name right before the cue (an age set
    off by commas between them) is."""
    if subject.tag_ != "VBG" or subject.i > cue.i:
        return None
    doc = cue.doc
    j = cue.i - 1
    while j > subject.i and (doc[j].text == "," or doc[j].like_num):
        j -= 1
    if j > subject.i and doc[j].pos_ == "PROPN" and doc[j - 1].text != ",":
        return doc[j]
    return None


def _noun_after_set_off_name(subject: Token) -> Token | None:
    """"Interrogé par la présidente, Anne Mertens, l'aîné des frères a reconnu": with universal
    tags, the parser took a name set off by commas (the agent's) for the subject and the noun
    phrase after it, which no comma closes before the verb, for its conjunct: that noun
    phrase is the subject."""
    if subject.tag_ != subject.pos_ or subject.ent_type_ != "PERSON" or subject.i == 0:
        return None
    doc = subject.doc
    if doc[subject.i - 1].text != ",":
        return None
    conj = next((c for c in subject.children if c.dep_ == "conj" and c.i > subject.i
                 and c.pos_ == "NOUN" and not any(g.dep_ == "cc" for g in c.children)), None)
    if conj is None:
        return None
    start = min(t.i for t in conj.subtree if not t.is_punct)
    if doc[start - 1].text != ",":
        return None
    after = conj.right_edge.i + 1
    return conj if after < len(doc) and doc[after].pos_ in ("AUX", "VERB") else None


def _aged_name_before(tok: Token) -> Token | None:
    """"..., north of Bor, Nyabol Gatdet, 29, said she had walked": a cue the parser gave no
    subject, right after a person's name and the age set off after it, has that person for
    subject."""
    doc = tok.doc
    if tok.i < 4 or doc[tok.i - 1].text != "," or not doc[tok.i - 2].like_num or (
        doc[tok.i - 3].text != ","
    ):
        return None
    return _person_ending_at(doc, tok.i - 3)


def _name_before_age(subject: Token) -> Token | None:
    """"Kevin X, 31 ans, poursuivi pour ...": the age set off after a name, which the parser
    made a verb's subject, stands for the person named."""
    doc = subject.doc
    number = subject.i - 1
    if number < 2 or not doc[number].like_num or doc[number].head.i != subject.i or (
        doc[number - 1].text != "," or not age_set_off(doc.text[doc[number - 1].idx :][:40])
    ):
        return None
    return _person_ending_at(doc, number - 1)


def _person_ending_at(doc: Doc, end: int) -> Token | None:
    """The root of the person's name the tagger found ending right before ``end``."""
    name = next((e for e in doc.ents if e.end == end and e.label_ in ("PER", "PERSON")), None)
    return name.root if name is not None else None


def _noun_before_participle_subject(subject: Token) -> Token | None:
    """"L'association X, créée en 2022 par une poignée d'habitants, assure que": the parser
    made the participle set off after the subject the verb's subject; the noun it hung before
    it, with the comma between, is."""
    if subject.pos_ != "VERB" or "Part" not in subject.morph.get("VerbForm", []) or (
        subject.i < 2 or subject.doc[subject.i - 1].text != ","
    ):
        return None
    return next((c for c in subject.children if c.dep_ in ("nsubj", "nsubj:pass")
                 and c.i < subject.i and c.pos_ in ("NOUN", "PROPN")), None)


def _name_set_off_before_role(subject: Token) -> Token | None:
    """"Le directeur général, Nicolas X, petit-fils du fondateur, a défendu": with universal
    tags, the parser took the noun set off after the name for the subject; the name, set off
    after an office, is."""
    doc = subject.doc
    start = min([subject.i] + [c.i for c in subject.children  # (its own words: the parse may
                               if c.dep_ in ("det", "amod") and c.i < subject.i])  # hang more)
    if subject.tag_ != subject.pos_ or subject.pos_ != "NOUN" or start < 4 or (
        doc[start - 1].text != "," or not subject.is_lower
    ):
        return None
    name = next((e for e in doc.ents if e.end == start - 1 and e.label_ in ("PER", "PERSON")),
                None)
    if name is None or name.start < 2 or doc[name.start - 1].text != ",":
        return None
    office = doc[name.start - 2]
    office = office if office.pos_ == "NOUN" else office.head
    lex = lexicon()
    if office.pos_ != "NOUN" or office.i >= name.start or not (
        office.lower_ in lex.occupations or office.lemma_.lower() in lex.occupations
        or is_title_word(office.text)
    ) or any(t.pos_ not in ("DET", "ADJ") for t in doc[subject.sent.start : office.i]):
        return None  # (the office opens the sentence: not "Interrogé par la présidente, X,")
    return name.root


def bracketed_rank_at(doc: Doc, i: int) -> bool:
    """A rank or title at ``i`` followed by one bracketed word ("Brig (Rtd) Daniel Kiprono")."""
    return 0 <= i and i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")" and (
        is_title_word(doc[i].text) and not is_honorific(doc[i].text))


def _name_after_bracketed_rank(subject: Token, verb: Token) -> Token | None:
    """"Federation president Brig (Rtd) Samuel Kiptoo said": the parser made the rank the
    subject; the name after its bracket, right before the verb, is."""
    doc = subject.doc
    if not bracketed_rank_at(doc, subject.i) or subject.i + 4 >= verb.i:
        return None
    name = doc[subject.i + 4 : verb.i]
    if all(t.ent_type_ == "PERSON" and t.is_title for t in name):
        return name[-1]
    return None


def _person_after_office(subject: Token) -> Token | None:
    """"Minister for Agriculture Declan Mulhare said": the parser made the office the subject
    and the person the object of its preposition; "Estate Workers' Congress General Secretary
    Sellathurai Thangarajah said": the organisation the subject and the person its
    apposition."""
    if subject.ent_type_ == "PERSON":
        return None
    doc = subject.doc
    for appos in subject.children:  # "Estate Workers' Congress General Secretary Sellathurai
        if (appos.dep_ == "appos" and appos.i > subject.i and appos.ent_type_ == "PERSON"
                and doc[appos.i - 1].ent_type_ == "PERSON"  # Thangarajah said": a full name
                and not any(t.text == "," for t in doc[subject.i : appos.left_edge.i])):
            return appos  # the organisation's office, then the person holding it
    if not is_title_word(subject.text) or not any(
        (c.dep_ == "prep" and c.i == subject.i + 1) or (  # "Le député écologiste de la
            c.dep_ == "nmod" and c.i > subject.i and subject.tag_ == subject.pos_)  # Gironde
        for c in subject.children  # Baptiste X a déclaré": the name hung on the place
    ):
        return None
    for tok in doc[subject.i + 1 : subject.right_edge.i + 1]:  # "Head of Policy at the
        if tok.text == ",":  # Strongbone Trust Gwendolyn Pryor said"
            return None
        if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
            end = tok.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end - tok.i > 1 or first_name_gender(tok.text):  # a full name or a first name:
                return doc[tok.i : end].root  # not "The Mayor of Kelderby, X", a place the
            return None  # tagger took for a person
    return None


def _according_to_object(tok: Token) -> Token | None:
    """The object of "according to"; the parser sometimes makes it a clause ("according to show
    insiders": "show" a verb), whose first noun is then the source. In a treebank where the
    preposition hangs from its noun ("selon le ministre": case), the noun."""
    to = source_phrase_end(tok)
    comma = opening_phrase_end(tok) if tok.tag_ == tok.pos_ else None
    if comma is not None:
        # "D'après un membre de la délégation, ...": the phrase's first noun, whatever the parse
        for t in tok.doc[to.i + 1 : comma]:
            if t.pos_ == "PRON" and t.text[-1:] in ("'", "’") and (
                t.lower_.replace("’", "'") in lexicon().articles
            ):  # "D'après l'agent forestier de la commune, X,": the elided article (but "un
                continue  # de ses membres" is the pronoun)
            if t.pos_ == "PROPN" and is_title_word(t.text) and t.head.i > t.i and (
                t.head.ent_type_ in ("PERSON", "PER")
            ):
                continue  # "Pour le Pr Khadija X,": the name after the title
            if t.pos_ in ("NOUN", "PROPN", "PRON") or (
                t.pos_ == "VERB" and t.is_lower and (tok.doc[t.i - 1].pos_ == "DET" or (
                    tok.doc[t.i - 1].pos_ == "ADJ" and tok.doc[t.i - 2].pos_ == "DET"))
            ):  # ("D'après cet enseignant à la retraite,", "un ancien employé de": the noun
                # the tagger made a verb)
                if t.dep_ in ("amod", "compound") and t.head.i == t.i + 1 and t.head.ent_type_:
                    return t.head  # "Pour la coopérative Val de Juine,": the body's name
                return _name_set_off_within(t, comma) or t
    if tok.dep_ == "case" and tok.head.i > tok.i:
        return tok.head
    for child in to.children:
        if child.dep_ == "pobj":
            return _appositive_name(child) or child
    for child in to.children:
        if child.dep_ == "pcomp":
            for t in child.subtree:
                if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ not in ("compound", "poss"):
                    return t
    return None


def _name_set_off_within(noun: Token, end: int) -> Token | None:
    """"Selon l'expert psychiatre entendu mardi, le docteur Jean-Luc Piérard-Sohier, ...": the
    person's name set off by a comma after the office, before ``end``, with its article and
    title."""
    if noun.pos_ != "NOUN" and not (noun.pos_ == "PROPN" and noun.is_lower):
        return None  # ("agent" tagged a proper noun)
    doc = noun.doc
    for ent in doc.ents:
        if not (noun.i < ent.start and ent.end <= end and ent.label_ in ("PERSON", "PER")):
            continue
        return ent.root if comma_before_name(doc, ent.start, noun.i + 1) is not None else None
    return None


def comma_before_name(doc: Doc, first: int, floor: int = 0) -> int | None:
    """The comma that sets off a name starting at ``first``, before the articles, honorifics and
    titles that open it ("..., le colonel Bertrand Cadet", "..., Hon. Kehinde Adeyemi-Bello"),
    not before ``floor``."""
    k = first - 1
    while k >= floor and (doc[k].pos_ == "DET" or is_title_word(doc[k].text)
                          or is_honorific(doc[k].text) or (  # "..., la médecin Naïma X"
                              doc[k].is_lower and doc[k].lower_ in lexicon().occupations)):
        k -= 1
    return k if k >= floor and doc[k].text == "," else None


# Finite verb tags: a verb that can have a subject of its own.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _contact_subject(tok: Token) -> Token | None:
    """"the $20 million experts say it costs": a finite reporting verb with no subject right
    after a noun (a relative clause without "that") has that noun as its subject."""
    if tok.tag_ not in _FINITE_TAGS or tok.i == tok.sent.start:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ == "NOUN" and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
        while prev.dep_ == "pobj" and prev.head.dep_ == "prep" and prev.head.head.dep_ in (
            "appos", "dobj"
        ) and prev.head.head.pos_ == "NOUN" and prev.head.head.i < prev.i:
            prev = prev.head.head  # "Seeking anonymity, a boatman at the ghat said": the noun
            # the place's phrase hangs on, which the parser hung on the opening phrase
        return _holder_of_object(prev)
    return None


def _reporter_before_participle(tok: Token) -> Token | None:
    """"Sanders said, suggesting ...", "Perdue said he doubted it, arguing that ...": a participle
    after a comma that closes a report continues the reporting verb, whose subject it takes,
    however the parser attached it (often to a verb inside the report or the quote)."""
    doc, sent = tok.doc, tok.sent
    comma = tok.i - 1
    while (comma > sent.start and doc[comma].dep_ in ("advmod", "neg")
           and doc[comma].head.i == tok.i):
        comma -= 1  # '..., not even hinting'
    if tok.tag_ != "VBG" and doc[comma].dep_ == "mark" and doc[comma].head.i == tok.i:
        comma -= 1  # "..., en rappelant que"
    if comma > sent.start and doc[comma].text in _QUOTE_TOKENS:
        comma -= 1  # '..., ” adding'
    if comma <= sent.start or doc[comma].text != ",":
        return None
    # "X said, suggesting": the reporting verb right before the comma
    for i in range(comma - 1, max(sent.start, comma - 4) - 1, -1):
        prev = doc[i]
        if prev.text in _QUOTE_TOKENS or prev.is_punct:
            break
        if is_cue(prev):
            subj = _own_subject(prev)
            if subj is not None and tok.tag_ != "VBG" and any(
                doc[k].text in _QUOTE_TOKENS for k in range(subj.i, prev.i)
            ):
                subj = None  # a subject inside the quotation the cue closes
            if subj is not None and subj.dep_ == "nsubj":
                return subj
            if subj is None and tok.tag_ != "VBG":  # "a martelé l'élue, en rappelant que"
                return clitic_subject(prev) or inverted_noun_phrase(prev)
            break
        if prev.pos_ in ("VERB", "AUX"):
            break
    # "X said (that) Y ..., arguing": the participle hangs inside the reported clause; the
    # outermost report is the one it continues
    found = None
    node = tok
    while node.head is not node and node.dep_ in _INHERIT_SUBJECT_DEPS | {"ccomp"}:
        if node.head.i > node.i and any(
            doc[i].text in _QUOTE_TOKENS for i in range(node.i, node.head.i)
        ):
            break  # never forward into a quotation the parser hung the participle from
        if node.dep_ == "ccomp" and is_cue(node.head):
            subj = _own_subject(node.head)
            if subj is not None and subj.dep_ == "nsubj" and subj.i < node.head.i:
                found = subj
        node = node.head
    return found


def present_participle(tok: Token) -> bool:
    """A present participle in a treebank with universal features ("précisant")."""
    return tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", []) and (
        "Pres" in tok.morph.get("Tense", []))


def _holder_of(noun: Token) -> Token | None:
    """Who holds a reporting noun: "Trump's criticism of" -> Trump; "Cruz voiced support for" ->
    Cruz (the subject of the verb the noun is the object of)."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "PRON", "NOUN"):
            return child
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        for child in noun.head.children:
            if child.dep_ == "nsubj" and child.lower_ not in _not_speaker():
                return child
    return None


# Parts of speech a misparsed subject is made of ("The 41-year-old added ...").
_NP_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "PUNCT"})


def _noun_phrase_before(tok: Token) -> Token | None:
    """The last word of a noun phrase that opens the sentence right before the verb, when the
    parser gave the verb no subject ("The 41-year-old added that ...")."""
    sent = tok.sent
    if tok.i == sent.start or tok.i - sent.start > 8:
        return None
    before = [tok.doc[i] for i in range(sent.start, tok.i)]
    if len(before) == 2 and before[0].pos_ == "DET" and before[1].is_lower and (
        before[1].lower_ in lexicon().occupations
    ):
        return before[1]  # "Le vigneron assure que": an occupation, whatever its tag
    if all(t.pos_ in _NP_POS or _name_word(t) for t in before) and (
        before[-1].pos_ in ("NOUN", "PROPN", "ADJ") or _name_word(before[-1])
    ):
        return _holder_of_object(before[-1])
    return None


def _opening_noun_phrase(tok: Token) -> Token | None:
    """In a pipeline with universal tags, the head noun of a noun phrase (its complements with
    "de" included) that fills the sentence up to ``tok``, or its part after an opening phrase
    of a preposition set off by a comma ("Dans un communiqué, l'association rappelle que")."""
    sent = tok.sent
    before = tok.doc[sent.start : tok.i]
    commas = [t.i for t in before if t.text == ","]
    if len(commas) == 1 and before[0].pos_ == "ADP" and not any(
        t.pos_ in ("VERB", "AUX") for t in tok.doc[sent.start : commas[0]]
    ):
        before = tok.doc[commas[0] + 1 : tok.i]
    if not 0 < len(before) <= 12 or any(
        t.pos_ not in _NP_POS | {"ADP", "CCONJ"} or t.text == "," for t in before
    ):
        return None
    return next((t for t in before if t.pos_ in ("NOUN", "PROPN")), None)


def _holder_of_object(noun: Token) -> Token:
    """"A person familiar with the decision told ...": the noun a subject with no verb of its
    own ends on is the object of a phrase after the speaker's noun; that noun, not "decision"."""
    start = noun.sent.start
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
        start <= noun.head.head.i < noun.i and noun.head.head.dep_ == "amod"
    ) and start <= noun.head.head.head.i < noun.i:  # not "a fraction of the $9 million
        noun = noun.head.head.head  # analysts say it costs"
    return noun


def _name_word(tok: Token) -> bool:
    """A capitalised word the tagger took for something else ("Lively said": an adverb)."""
    return tok.is_title and tok.is_alpha and tok.pos_ in ("ADV", "ADJ", "VERB", "NOUN", "PROPN")


def is_relative_subject(tok: Token) -> bool:
    """"who" in "Smith, who said ..." and "which" in "the union, which says ..." (the antecedent
    is the noun the clause hangs from)."""
    relative = tok.lower_ in ("who", "that", "which") or (  # universal features: "qui"
        tok.tag_ == tok.pos_ == "PRON" and "Rel" in tok.morph.get("PronType", []))
    return relative and tok.head.dep_ in ("relcl", "acl:relcl") and tok.i < tok.head.i


def _passive_agent(tok: Token) -> Token | None:
    """"it was said by the minister" -> minister; a passive with no agent has no speaker."""
    for child in tok.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def mention_tokens(head: Token) -> list[Token]:
    """The noun phrase naming a speaker, from its head: the head's subtree without relative
    clauses and appositions set off by commas, never reaching into a quotation or past the
    start of its sentence ("Republican pollster Daron Shaw", "Smith and Jones")."""
    doc = head.doc
    if head.pos_ == "VERB" and head.is_lower and head.i > 0 and doc[head.i - 1].pos_ == "DET":
        end = next((t.i for t in doc[head.i + 1 : head.sent.end]
                    if t.pos_ not in ("ADP", "DET", "NOUN", "ADJ", "PROPN")), head.sent.end)
        return list(doc[head.i - 1 : end])  # "cet enseignant à la retraite": a noun the tagger
        # made a verb, from its article through the phrase after it (not "le prévenu a ...")
    left = head.i
    for i in range(head.i - 1, max(head.left_edge.i, head.sent.start) - 1, -1):
        if doc[i].text in _QUOTE_TOKENS or doc[i].text in (".", "!", "?", ";", ":"):
            break
        if doc[i].text == "," and i + 1 < head.i and doc[i + 1].dep_ == "det" and (
            doc[i + 1].head.i == head.i
        ):  # "Un peu plus loin, une étudiante", "Face à la pénurie, le comité du village":
            break  # an opening phrase the parser hung on the subject is no part of it
        if i > 0 and doc[i].is_lower and (
            reporting_word(doc[i]) or doc[i].lower_ in lexicon().speech_forms
        ) and (
            doc[i - 1].text in (",", *_QUOTE_TOKENS, *APOSTROPHES)
            or (i > 1 and doc[i - 2].text == "," and doc[i - 1].lower_ in reflexive_clitics())
        ):
            break  # "« ... », résume le quinquagénaire": the cue the tagger made a name ("»,
            # se lamente X")
        if doc[i].head.i == head.i and doc[i].dep_ in ("cop", "nsubj", "expl") and any(
            c.dep_ == "cop" for c in head.children
        ):
            break  # "c'est son frère cadet, Luc X,": the predicate's copula and subject
        left = i
    while left < head.i and doc[left].dep_ == "cc" and doc[left].pos_ == "CCONJ":
        left += 1  # "Le bois a été saisi et le patron de l'atelier s'est acquitté": the
        # conjunction the parser hung on the second subject
    joined = hyphenated_start(doc, left, head.sent.start)
    if joined < left:  # "l'entraîneur-chef Richard Gosselin": the parse hangs the name on "chef"
        left = joined
        if left > head.sent.start and doc[left - 1].dep_ == "det" and doc[left - 1].head.i == left:
            left -= 1
    right = head.i
    for child in head.rights:
        if (child.dep_ in ("relcl", "acl", "punct", "advcl") and not _appointed_by(child)) or (
            child.text in _QUOTE_TOKENS
        ):
            break
        if child.pos_ == "VERB" and "Fin" in child.morph.get("VerbForm", []):
            break  # "L'association juge le montant « ... »": the verb the parser hung on it
        if any(doc[i].text == "," for i in range(head.i + 1, child.left_edge.i + 1)):
            break  # "analysts at Brenton & Howe, the Tulsa closure ...": a comma ends the name
        if child.dep_ == "appos" and doc[child.left_edge.i - 1].text == ",":
            break
        if _addressed(child) or _dated(child) or _medium(child):
            break
        right = max(right, _right_edge_outside_quotes(child))
    for i in range(head.i + 1, right + 1):
        if doc[i].dep_ in ("acl:relcl", "relcl"):  # a relative clause lower in the phrase ("a
            right = min(right, doc[i].left_edge.i - 1)  # person familiar with the matter who
            # spoke on condition of anonymity")
            break
        if present_before_quote(doc[i]):  # "Le syndicat dénonce « ... »": the verb the tagger
            right = i - 1  # took for a noun of the phrase
            break
        if doc[i].dep_ == "acl" and doc[i].tag_ in _FINITE_TAGS:  # "A person familiar with
            right = i - 1  # the decision told ...": the sentence's verb, hung on "decision"
            break
        if doc[i].dep_ == "acl" and doc[i].pos_ == "VERB" and doc[i - 1].text == "," and (
            doc[i].head.i > head.i
        ):  # "une enseignante d'une école primaire voisine, venue un samedi avec sa fille":
            right = i - 2  # a participle set off after the phrase's last noun describes her
            break
    if right + 2 < head.sent.end and joining_hyphen(doc[right + 1]) and (
        _phrase_of_hyphenated_end(doc[right + 2]).i != right + 2
    ):
        right += 1  # "la municipalité de Mazraat el-Tout": the hyphen and the word past it,
    if right < head.sent.end - 1 and joining_hyphen(doc[right]) and (
        _phrase_of_hyphenated_end(doc[right + 1]).i != right + 1
    ):
        right += 1  # which the parser made a pronoun and hung elsewhere
    toks = [doc[i] for i in range(left, right + 1)]
    while toks and (toks[-1].is_punct or toks[-1].is_space or (
        toks[-1].pos_ == "ADP" and len(toks) > 1  # "une vieille dame à un agent": the parse
    )):  # took "dame à" for one word
        toks.pop()
    opened = [k for k, t in enumerate(toks) if t.text == "("]
    if opened and not any(t.text == ")" for t in toks[opened[-1]:]):
        toks = toks[: opened[-1]]  # "Sources in the ruling Lok Samriddhi Party (LSP)": no "(LSP"
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space or _leading_preposition(toks[0], head)):
        toks.pop(0)
    if toks and toks[0].pos_ == "ADP" and toks[0].dep_ == "case" and toks[0].head.i != head.i:
        comma = next((k for k in range(len(toks) - 1, -1, -1)
                      if toks[k].text == "," and toks[k].i < head.i), None)
        if comma is not None:  # "Dans un communiqué, la cave évoque « ... »": the phrase
            toks = toks[comma + 1 :]  # the parser hung on the subject opens the sentence
    return toks or [head]


def _appointed_by(child: Token) -> bool:
    """"le dentiste désigné comme expert par le juge d'instruction": a past participle right
    after the noun, with its agent, says who the person is and belongs to the description."""
    return child.dep_ == "acl" and child.i == child.head.i + 1 and (
        "Part" in child.morph.get("VerbForm", []) and "Past" in child.morph.get("Tense", [])
    ) and any(t.dep_ in ("obl:agent", "agent") and (t.dep_ == "agent" or any(
        k.dep_ == "case" and k.lower_ in agent_prepositions() for k in t.children))
        for t in child.subtree) and not any(
        t.text in _QUOTE_TOKENS or t.text == '"' for t in child.subtree)


def _name_before_acronym(tok: Token) -> Token | None:
    """"Dans un communiqué, la Fédération des écoles de conduite (FEC) rappelle que": in a
    pipeline with universal tags, a finite verb right after an organisation's acronym in
    brackets, which the parser hung on another noun, has that organisation for subject."""
    doc = tok.doc
    if tok.tag_ != tok.pos_ or tok.dep_ != "acl" or "Fin" not in tok.morph.get("VerbForm", []) or (
        tok.i < 4 or doc[tok.i - 1].text != ")" or doc[tok.i - 3].text != "("
    ):
        return None
    acronym = doc[tok.i - 2]
    named = acronym.head
    if not acronym.is_upper or acronym.dep_ != "appos" or named.i >= acronym.i or (
        named.ent_type_ != "ORG"
    ):
        return None
    whole = next((e for e in doc.ents if e.start <= named.i < e.end), None)
    return whole.root if whole is not None and whole.root.i < named.i else named  # "des
    # fournisseurs horlogers de l'Arc jurassien (AFHA)": the acronym hung on a word of the name


def _dated(child: Token) -> bool:
    """"Four municipal councilors on Monday accused ...": a preposition whose object is a date
    says when, and is no part of the speaker's name."""
    objects = [t for t in child.children if t.dep_ == "pobj"]
    return child.dep_ == "prep" and bool(objects) and all(
        t.ent_type_ in ("DATE", "TIME") for t in objects)


def _addressed(child: Token) -> bool:
    """"a demandé la lauréate au président du jury": a person the speaker addresses, after a
    preposition of ``data/<lang>/addressee_prepositions.txt``, is no part of the speaker's name."""
    prepositions = addressee_prepositions()
    return bool(prepositions) and child.left_edge.lower_ in prepositions and (
        child.lemma_.lower() in lexicon().occupations or child.ent_type_ in ("PERSON", "PER")
    )


def _medium(child: Token) -> bool:
    """"a indiqué la préfecture du Rhône dans un communiqué": the text the speaker said it in,
    after a preposition of data/<lang>/medium_prepositions.txt, is no part of the speaker's
    name."""
    lex = lexicon()
    return child.left_edge.lower_ in _medium_preps() and child.i > child.left_edge.i and (
        child.lemma_.lower() in lex.message_nouns or child.lemma_.lower() in lex.document_nouns)


@per_language
def addressee_prepositions() -> frozenset[str]:
    return optional_words(None, "addressee_prepositions.txt")


def _leading_preposition(tok: Token, head: Token) -> bool:
    """A preposition that hangs from the noun it opens ("*Selon* le ministre", "*d'après* le
    syndicat": UD's case), which is not part of the speaker's name."""
    return tok.i < head.i and (
        (tok.dep_ == "case" and tok.head.i == head.i)
        or (tok.dep_ == "fixed" and tok.head.dep_ == "case" and tok.head.head.i == head.i)
        or (tok.dep_ == "case" and is_according_to(tok))  # "Selon Armor Ria Communauté", the
    )  # preposition hung on the name's first word


def _right_edge_outside_quotes(tok: Token) -> int:
    doc = tok.doc
    right = tok.i
    for i in range(tok.i + 1, tok.right_edge.i + 1):
        if doc[i].text in _QUOTE_TOKENS:
            break
        right = i
    return right


def clause_tokens(head: Token, exclude: Iterable[Token] = ()) -> SpacySpan | None:
    """The span of the clause headed by ``head`` (its subtree), as a spaCy span."""
    excluded = {t.i for t in exclude}
    idx = [t.i for t in head.subtree if t.i not in excluded]
    if not idx:
        return None
    return head.doc[min(idx) : max(idx) + 1]
