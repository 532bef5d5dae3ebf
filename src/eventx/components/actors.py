"""eventx_actors: actor mentions, normalised to a canonical name, an ACLED kind and a country.

Sources of mentions, per sentence:
- noun phrases headed by an actor noun (``actor_nouns.yaml``: soldiers, troops, police, rebels,
  civilians, protesters ...), their country taken from a demonym or country name modifying them
  ("Turkish troops" -> Military Forces of Turkey); a demonym joined to "-backed" names a backer, not
  the actor's country ("Russian-backed Syrian forces" are Syria's);
- named armed groups (``armed_groups.yaml``, with aliases and acronyms) and organisations whose name
  ends in an armed-organisation word ("... Front", "... militia");
- countries and seats of government standing for a state, as eventx_places marks them ("Turkey said",
  "Moscow announced", "the leaders of Russia"), and officials titled by a demonym ("Russian President
  Vladimir Putin"): kind ``government``;
- "the regime" / "Assad's regime": the government forces of the country the text is mainly about;
- plain nouns for a group's fighters ("the rebels") in a document that names one armed group are that
  group (``eventx.actors.coreference``).
"""

from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from ..actorlex import canonical_name
from ..actors.acronyms import acronyms
from ..actors.coreference import members_of_the_named_group
from ..actors.mention import country_name
from ..actors.named import entity_actor, named_with_place, sided_names, with_group_noun
from ..actors.nouns import noun_actor, target_thing
from ..doctools import content_sents, record_spans, sentence_ents
from ..records import ActorMention
from .base import LexiconPipe

ASSIGNS = ["doc._.eventx_actors"]


def main_country(doc: Doc) -> str | None:
    """The country the text is mainly about: the most frequent country among its located places."""
    counts = Counter(p.country_code for p in doc._.eventx_places if p.context == "mention" and p.country_code)
    return counts.most_common(1)[0][0] if counts else None


def _government_actors(doc: Doc) -> list[ActorMention]:
    """States acting through their name or capital, as eventx_places marked them ("Turkey said")."""
    out = []
    for p in doc._.eventx_places:
        if p.context != "government" or not p.country_code:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        out.append(
            ActorMention(
                start=p.start,
                end=p.end,
                text=p.text,
                sent_start=p.sent_start,
                name=canonical_name("government", country_name(p.country_code)),
                kind="government",
                country_code=p.country_code,
                head=span.root.i,
            )
        )
    return out


class ActorsComponent(LexiconPipe):
    """The eventx_actors pipe: actor mentions of every content sentence, normalised."""

    def process(self, doc: Doc) -> Doc:
        mentions: list[ActorMention] = _government_actors(doc)
        fallback = main_country(doc)
        ents = sentence_ents(doc)
        for sent in content_sents(doc):
            taken: set[int] = {
                i
                for m in mentions
                if m.sent_start == sent.start_char
                for i in range(doc[m.head].i, doc[m.head].i + 1)
            }
            spans = [*ents[sent.start], *acronyms(sent), *sided_names(sent)]
            for ent in spans:
                ent = named_with_place(doc, sent, ent)
                m = entity_actor(doc, sent, ent)
                if m is None:
                    continue
                m, end = with_group_noun(doc, sent, ent, m)
                mentions.append(m)
                taken.update(range(ent.start, end))
            for tok in sent:
                if tok.i in taken:
                    continue
                m = noun_actor(doc, sent, tok, fallback) or target_thing(doc, sent, tok)
                if m is not None:
                    mentions.append(m)
        mentions = members_of_the_named_group(doc, mentions)
        doc._.eventx_actors = sorted(mentions, key=lambda m: m.start)
        doc.spans["eventx_actors"] = record_spans(doc, mentions, lambda m: m.kind)
        return doc


@Language.factory(
    "eventx_actors",
    default_config={"lexicon": {}, "lexicon_path": None},
    assigns=ASSIGNS,
    requires=["doc.ents", "token.dep", "doc._.eventx_places"],
)
def make_actors(nlp: Language, name: str, lexicon: dict, lexicon_path: str | None) -> ActorsComponent:
    """Factory of the eventx_actors pipe."""
    return ActorsComponent(nlp, name, lexicon=lexicon, lexicon_path=lexicon_path)
