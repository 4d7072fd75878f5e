"""The reflection's questions, each grounded in a sign the articles name.

`points_to` says which pattern a "yes" resembles; a "no" points the other way.
`abuse_if` is the answer that shows mistreatment: the result then never calls the
bond supportive, names the domestic-violence hotline, and the abuse guard is set.
The wording is ours; `source` names the article section each question rests on.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

SUPPORTIVE = "supportive"
NEGATIVE = "negative"


@dataclass(frozen=True)
class Question:
    slot: str
    ask: str            # the question, short enough for a chat bubble
    why: str            # "why do you ask?": the article's reasoning, in our words
    if_supportive: str  # what the answer pointing to support means, for the result
    if_negative: str    # what the answer pointing to a negative bond means
    points_to: str      # the pattern a "yes" resembles
    source: Tuple[Tuple[str, str], ...]  # (article, section) pairs in sources.yml
    abuse_if: Optional[str] = None       # "yes" or "no": the answer that shows mistreatment


QUESTIONS: List[Question] = [
    Question(
        slot="reflect_origin",
        ask="Did your closeness first grow out of a hard event you went through together "
            "from outside, such as an accident, an illness or a loss?",
        why="The Kimberly Center article describes bonds that form when people share an outside "
            "hardship, such as a car accident, a death in the family or a miscarriage, as the kind "
            "that can be positive. It also notes that in abusive relationships new hurts may keep "
            "being created inside the relationship itself.",
        if_supportive="your bond grew out of a hardship you faced together, the kind the article sees as able to bring people closer",
        if_negative="your bond grew mostly out of the relationship's own ups and downs rather than a shared outside event",
        points_to=SUPPORTIVE,
        source=(("kimberly", "positive"), ("kimberly", "abuse")),
    ),
    Question(
        slot="reflect_mutual",
        ask="Does support run both ways: do they comfort and stand by you as much as you do for them?",
        why="Both articles set healthy bonds apart by support that goes in both directions: partners "
            "who choose to carry a loss together, with mutual respect and steady care.",
        if_supportive="support runs both ways between you",
        if_negative="support mostly runs one way, from you to them",
        points_to=SUPPORTIVE,
        source=(("kimberly", "positive"), ("understanding", "distinguishing")),
    ),
    Question(
        slot="reflect_others_worry",
        ask="Have friends or family told you they think you should leave this relationship?",
        why="The Kimberly Center article names this as a possible sign: people outside a relationship "
            "often see the harm sooner than the person inside it.",
        if_supportive="the people around you are not worried about the relationship",
        if_negative="friends or family think you should leave, which the article names as a possible sign",
        points_to=NEGATIVE,
        source=(("kimberly", "negative"),),
    ),
    Question(
        slot="reflect_excuses",
        ask="Do you find yourself making excuses for the way they treat you?",
        why="The Kimberly Center article says people in a negative trauma bond often explain away "
            "poor treatment and try to justify staying.",
        if_supportive="you don't feel you need to explain away how they treat you",
        if_negative="you find yourself excusing how they treat you, which the article links to negative bonds",
        points_to=NEGATIVE,
        source=(("kimberly", "negative"),),
    ),
    Question(
        slot="reflect_mistreated",
        ask="Do they yell at you, manipulate you, or make you doubt your own memory of what happened?",
        why="The Kimberly Center article describes still feeling deeply attached after being yelled at, "
            "gaslighted or manipulated as a strong sign of a negative trauma bond.",
        if_supportive="you are not yelled at, manipulated or made to doubt yourself",
        if_negative="you are yelled at, manipulated or made to doubt yourself, which the article calls a strong sign",
        points_to=NEGATIVE,
        source=(("kimberly", "negative"),),
        abuse_if="yes",
    ),
    Question(
        slot="reflect_not_enough",
        ask="Do you often feel that nothing you do is ever good enough for them?",
        why="The Kimberly Center article describes efforts that go unnoticed and growing criticism, "
            "so that you never feel good enough, as part of toxic trauma bonds.",
        if_supportive="you feel your efforts are noticed and valued",
        if_negative="you feel nothing you do is good enough, which the article describes in toxic bonds",
        points_to=NEGATIVE,
        source=(("kimberly", "danger"),),
    ),
    Question(
        slot="reflect_cant_leave",
        ask="Even when they hurt you, do you feel you couldn't imagine your life without them?",
        why="The Kimberly Center article says that feeling unable to picture life without someone, "
            "however badly they treat you, can look like love but is a strong sign of a negative bond.",
        if_supportive="you don't feel bound to them regardless of how you are treated",
        if_negative="you can't picture life without them even when they hurt you, which the article calls a strong sign",
        points_to=NEGATIVE,
        source=(("kimberly", "danger"),),
    ),
    Question(
        slot="reflect_tactics",
        ask="Have you noticed cycles like a flood of affection after hurting you, being pulled back "
            "whenever you try to leave, or someone else being used to make you jealous or compete?",
        why="The Kimberly Center article lists love bombing, hoovering and triangulation as tactics "
            "that keep a partner in an unhealthy cycle.",
        if_supportive="you haven't noticed love bombing, hoovering or triangulation",
        if_negative="you've noticed cycles like love bombing, hoovering or triangulation, tactics the article names",
        points_to=NEGATIVE,
        source=(("kimberly", "abuse"),),
    ),
    Question(
        slot="reflect_safe",
        ask="Do you feel safe, respected and trusted with them?",
        why="The Understanding Trauma Bonds article says healthy support rests on mutual respect, "
            "emotional safety and trust, while a trauma attachment rests on fear and dependence.",
        if_supportive="you feel safe, respected and trusted",
        if_negative="you don't feel safe, respected or trusted, which the article sets against healthy support",
        points_to=SUPPORTIVE,
        source=(("understanding", "distinguishing"),),
        abuse_if="no",
    ),
]

BY_SLOT: Dict[str, Question] = {q.slot: q for q in QUESTIONS}
SLOTS: List[str] = [q.slot for q in QUESTIONS]
