"""Behaviour of the rule layer on phrasings written here (not the evaluation set)."""
from __future__ import annotations

import pytest

from bondwise.risk.normalize import normalize
from bondwise.risk.rules import abuse_indicated, find

RISK = [
    ("i want to end my life", "suicide"),
    ("honestly thinking of ending it all tonight", "suicide"),
    ("kms", "suicide"),
    ("i might unalive myself", "suicide"),
    ("evryone would be beter off without me", "suicide"),
    ("I'M SO DONE WITH LIFE", "suicide"),
    ("i keep cutting myself when he leaves", "self_harm"),
    ("the urge to burn myself is strong today", "self_harm"),
    ("i'm terrified i'm going to hurt my son", "harm_others"),
    ("i want to stab him when he walks in", "harm_others"),
    ("my husband choked me an hour ago", "abuse_danger"),
    ("she locked me in the bedroom", "abuse_danger"),
    ("he won't let me leave the house", "abuse_danger"),
    ("i swallowed a whole bottle of my meds", "substance_crisis"),
    ("took xanax with a bottle of wine and feel weird", "substance_crisis"),
    # Stop 16: phrasings without the usual keywords (own wording, not the unseen sets').
    ("need to hide the fresh cuts before swimming on friday", "self_harm"),
    ("slef harm agian last night", "self_harm"),
    ("honestly burning myself is the only thing that helps", "self_harm"),
    ("skipped dinner again to punish myself", "self_harm"),
    ("what could i slip into her coffee that she wouldn't taste", "harm_others"),
    ("got a knife from the kitchen shop. not for cooking. not for protection either", "harm_others"),
    ("she's started hitting me when she drinks", "abuse_danger"),
    ("he pushed my head under the water in the bath", "abuse_danger"),
    ("my husband is reading over my shoulder so i'll be quick", "abuse_danger"),
    ("my ex is parked outside my work right now", "abuse_danger"),
    ("he put his gun on the table during the row and just looked at me", "abuse_danger"),
    ("tablets are all counted out on the shelf", "suicide"),
    ("i walk past the bridge where i'd jump every day", "suicide"),
    ("the test strip came back positive for fent and i already took some", "substance_crisis"),
    ("im sat on the edge of the multi storey right now", "suicide"),
    ("this is prob my last msg. thank you for everything", "suicide"),
    ("would i just fall asleep if i overdosed on my sleeping pills", "suicide"),
    ("how much bleach could go in her tea before she'd taste it", "harm_others"),
    ("how do i hurt him without anyone finding out it was me", "harm_others"),
    ("need to clear this chat before he comes home", "abuse_danger"),
    ("my stepdad slapped my 6 year old brother", "abuse_danger"),
    ("she's at work till 6, what should i take with me when i leave", "abuse_danger"),
    ("my mate is on the floor foaming at the mouth", "substance_crisis"),
    ("planning my death keeps me calm", "suicide"),
    ("he climbed in through the kitchen window again last night", "abuse_danger"),
    ("what's the lethal dose of tramadol", "suicide"),
    ("i don't want my son to be the one who finds me", "suicide"),
    ("ready to join my late husband very soon", "suicide"),
    ("not coming home this time", "suicide"),
    ("accidentally doubled up on my oxycodone", "substance_crisis"),
    ("dope sick and shaking, need a fix", "substance_crisis"),
    ("want to throw boiling water over him when he gets in", "harm_others"),
    ("ayoko na mabuhay", "suicide"),
    # From a review of this stop's explain-away rules: each was swallowed by a first draft.
    ("i'm a nurse and i want to kill myself", "suicide"),
    ("i'm a support worker and my husband hits me every night", "abuse_danger"),
    ("he is in jail but he gets out tomorrow and he said he will kill me", "abuse_danger"),
    ("we got married two years ago and last night he choked me until i passed out", "abuse_danger"),
    ("i tried to end my life before and this time i will be in a better place", "suicide"),
    ("he choked me when i was with him at his flat on saturday", "abuse_danger"),
    ("i gave away my cat and my guitar. my therapist thinks i'm doing fine", "suicide"),
    ("i want to kill myself over my exams", "suicide"),
    ("if i get a bad mark on this exam i'm going to kill myself", "suicide"),
    ("my therapist asked if i am suicidal and i said no but i lied", "suicide"),
    ("he makes me watch porn films", "abuse_danger"),
    ("i cut myself again last night at the park", "self_harm"),
    ("i swear i'm going to strangle my son, he broke the window again and i can't control myself", "harm_others"),
    ("i'm going to die alone in this flat tonight and only my cat will notice", "suicide"),
    ("someone please just kill me now", "suicide"),
    ("he hit our 4-year-old", "abuse_danger"),
    ("why should i even keep going tbh", "suicide"),
    ("nobody would miss me", "suicide"),
    # Stop 17: the general forms behind the first-reading misses of sets p-s (own wording).
    ("i tell everyone they're from the cat but they're not", "self_harm"),
    ("please hide the razors from me before tonight", "self_harm"),
    ("i keep walking past the railway bridge and wondering", "suicide"),
    ("bought a rope yesterday and put it in the shed", "suicide"),
    ("my wife and i have agreed to die together before the money runs out", "suicide"),
    ("my dad keeps asking me to bring him all his sleeping pills", "suicide"),
    ("my uncles are taking me abroad this summer to get married to a man twice my age", "abuse_danger"),
    ("he pulled me across the floor by my hair", "abuse_danger"),
    ("trauma bond or not, she burned me with a cigarette last night", "abuse_danger"),
    ("had about eight of my sertraline and half a bottle of vodka", "substance_crisis"),
    # Other languages and obscured spellings (own wording).
    ("ya no quiero vivir, perdón", "suicide"),
    ("je pense à en finir ce week-end", "suicide"),
    ("ich habe mich gestern wieder geritzt", "self_harm"),
    ("tengo miedo de lastimar a mi bebé", "harm_others"),
    ("mi marido me pega cuando bebe", "abuse_danger"),
    ("il m'a frappée hier soir", "abuse_danger"),
    ("mi vuole ammazzare", "abuse_danger"),
    ("sinasaktan ako ng boyfriend ko", "abuse_danger"),
    ("mujhe marta hai roz", "abuse_danger"),
    ("tomei uma cartela de rivotril com vinho", "substance_crisis"),
    ("need to k*ll myself", "suicide"),
    ("ctb tonight", "suicide"),
    ("hiding in the bathroom from him", "abuse_danger"),
    ("thinking about poisoning her tea", "harm_others"),
    ("purged again after lunch", "self_harm"),
    ("i keep thinking about stepping in front of a train", "suicide"),
    # A reviewer's probes of this stop's explain-aways (each caught before them, missed after).
    ("i'm 16 now and i want to kill myself", "suicide"),
    ("ya no aguanto, me quiero morir", "suicide"),
    ("ich kann nicht mehr, ich will sterben", "suicide"),
    ('she put "i\'m going to kill myself" on her instagram story an hour ago', "suicide"),
    ("my wife says i'm going to kill her one day and honestly she's right, i nearly did last night", "harm_others"),
    ("rest in peace grandad. my sister took a load of tablets tonight and she won't answer", "substance_crisis"),
    ("i'm going to end it with her sleeping pills tonight", "suicide"),
    ("i'll kill her, she ate my lunch and i have a knife", "harm_others"),
    ("took two paracetamol for my headache, then the rest of the box", "substance_crisis"),
    ("as a teacher, one of my students told me she took 30 pills last night and is still being sick", "substance_crisis"),
]
SAFE = [
    "my boss is going to kill me if i miss the deadline",
    "this homework is killing me",
    "i'm not suicidal, i just miss him",
    "he never hit me, it was all words",
    "my sister's ex used to beat her",
    "i used to cut when i was a teen, i've been fine for years now",
    "in the film the hero jumps off a bridge",
    "what are the signs someone is thinking about suicide?",
    "we grew closer after the car accident",
    "i take my pills every morning",
    "i nearly killed myself laughing at his new haircut",
    "if i have to sit through one more budget meeting i'm going to die",
    "i'm going to kill my sister, she finished the ice cream again",
    "giving away my old books to the charity shop before the move",
    "wrote my will with a solicitor now that we're parents",
    "writing a goodbye card to my colleagues because i'm retiring",
    "bruised my knee at netball practice",
    "the new baby is keeping me up every night",
    "can you show up for someone who pushes you away?",
    "my boyfriend is making me watch every star wars film this weekend",
    "we were standing on the bridge watching the boat race",
    "last message for tonight, off to bed",
    "my grandad was foaming at the mouth about the football result",
    "my ex is threatening to take me to court over the car",
    "my therapist asked if i have suicidal thoughts and i said no, is that normal?",
    "i'm a nurse and i see overdoses on most of my shifts, how do you all switch off?",
    "what's a lethal dose of chocolate for a dog",
    "i need a fix of sunshine after this winter",
    "i could've strangled him when he said that lol",
    "burnt my hand on the oven making scones",
    "getting my affairs in order with the solicitor now that i've retired",
    "my sister said she'd kill me if i ate her leftover pizza",
    "did you get my last message?",
    "the government announced more cuts today",
    "i'll leave early so i can get him a present",
    "my toddler started biting me",
    "my friends pushed me into the pool lol",
    "how deep should i plant tulip bulbs",
    "i need to charge my phone battery tonight",
    "how do i fall asleep in class without getting caught",
    "she's the one who found me this job",
    "i need a fix for this bug",
    "this is it! i got the job, just wanted to tell someone",
    "i'm going to be with her soon, her flight lands at 6",
    "pour boiling water on the weeds",
    "my husband put the knife on the table and said dinner is ready",
    "my son got into university",
    "he broke down crying",
    "i cut my caffeine intake to feel better",
    "i'm going to spike my hair for the party",
    "what should i pack before i go on holiday",
    "we left the kids with grandma, where should we go tonight?",
    # Stop 17: lookalikes of the forms above (own wording).
    "going to absolutely kill this audition tomorrow",
    "honestly tired of living out of a suitcase for work",
    "i ended things with my boyfriend last week and i feel lighter",
    "cut my thumb chopping carrots in the kitchen, ouch",
    "kill me now, the printer is broken again",
    "my mum takes 9 tablets a day for her heart",
    "had a relapse two years ago, got help and i've been well since, grateful today",
    "my uncle overdosed in 2015, today would have been his 40th birthday",
    "she says i'm trying to poison her when i hand her the tablets, the nurse says it's the dementia",
    "as a paramedic i see overdoses most shifts",
    "i want to strangle my coworker, metaphorically speaking",
    "no quiero morir, solo estoy cansada",
    "me muero de risa jajaja",
    "me corté el pelo ayer y me encanta",
    "ich mach heute früher schluss, bis morgen",
    "je suis mort de rire",
    "what does ctb mean",
    "hiding in the closet for hide and seek with my niece",
    "j'ai pris deux doliprane pour ma migraine",
]


@pytest.mark.parametrize("text,category", RISK)
def test_risk_phrasings_fire_the_right_category(text: str, category: str) -> None:
    hits = find(text).hits
    assert hits, text
    assert category in {h.category for h in hits}


@pytest.mark.parametrize("text", SAFE)
def test_safe_phrasings_do_not_fire(text: str) -> None:
    assert find(text).hits == [], text


def test_negation_and_idioms_are_marked_explained_away() -> None:
    assert find("i'm not going to hurt myself").explained_away
    assert find("my feet are killing me").explained_away


def test_risk_buried_in_a_long_message_is_found() -> None:
    text = ("I've been reading about trauma bonds and it makes sense. We met at work. "
            "Lately i just want to disappear forever. Anyway what is love bombing?")
    assert find(text).hits


def test_normalize_reads_slang_and_typos() -> None:
    assert normalize("im gonna kms") == "i am going to kill myself"
    assert "suicidal" in normalize("so sucidal rn")


def test_abuse_indicator_sees_past_abuse_too() -> None:
    assert abuse_indicated("my ex used to hit me")
    assert abuse_indicated("he controls me and checks my phone")
    assert not abuse_indicated("he never hit me")
    assert not abuse_indicated("what is love bombing")
