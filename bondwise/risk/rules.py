"""The rule layer: patterns on our spaCy pipeline's lemmas, with the checks that keep
idioms, negations, fiction and resolved pasts from raising an alarm."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple

from bondwise.risk.categories import ABUSE_DANGER, HARM_OTHERS, SELF_HARM, SUBSTANCE_CRISIS, SUICIDE
from bondwise.risk.normalize import normalize
from bondwise.risk.prefilter import LiteralIndex
from bondwise.risk.patterns import (
    COMPILED,
    ENGLISH_LITERALS,
    INDEX,
    OTHER,
    OTHER_INDEX,
    OTHER_FICTION_RE,
    OTHER_IDIOM_PATTERNS,
    OTHER_LAUGHTER_RE,
    OTHER_PAST_RE,
    OTHER_RESOLVED_RE,
    SPANNING,
    SPANNING_INDEX,
)

# Figures of speech removed before matching ("this traffic is killing me").
IDIOMS = [re.compile(p) for p in [
    # "i know it's killing me" (of a habit) is said literally.
    r"(?<!\bknow )(?<!\bknow that )\b(?:this|that|it|these|those|the (?!man\b|guy\b|woman\b|men\b|bastard\b|boyfriend\b|husband\b)\w+|my (?:feet|back|head|legs|knees|neck|job|homework|exams?|work|commute|shoes|stomach|tooth|teeth|boss|manager|teacher|kids|toddler|coworkers?|colleagues|students|clients|in-laws|landlord)|you|your \w+|\w+ (?:traffic|heat|weather|cold|wait|queue|line|deadline|exam|homework|class|meeting|commute|noise|song|show|joke|workout|hangover|cramps?))(?: is| are|'s|'re| was| were)? (?:literally |honestly |actually |really |so |just )?killing me\b",
    r"\b(?:you're|you are|u r|ur|you) killing me\b",
    r"\b(?:dying|dead|died|die) (?:to (?:know|see|try|meet|hear|go|get|read|watch|find out|tell)|for (?:a|some|this|that|the)|of (?:laughter|laughing|embarrassment|boredom|cringe|cuteness|heat|thirst|hunger|curiosity)|laughing|inside (?:lol|lmao|haha))\b",
    r"\b(?:i'm|im|i am|we're|literally|i) (?:literally |actually )?(?:dead|deceased|dying|died|crying)(?= ?(?:💀|😂|🤣|lol|lmao|haha|rofl|xd))",
    r"\bdead (?:tired|serious|set|end|last|on|wrong|right|beat|center|centre|quiet|battery|phone|inside lol)\b",
    r"\b(?:kill|killed|killing|kills) (?:it|the (?:lights?|music|engine|vibe|mood|process|power|game|bugs?|spiders?|weeds?|time|competition|joke|boredom|batteries|battery|germs|bacteria|app)|time|two birds|some time|the vibes?|germs|weeds|bugs)\b",
    r"\b(?:could|would|'d) (?:murder|kill) (?:for )?(?:a|an|some) (?:pizza|burger|coffee|drink|beer|sandwich|curry|nap|taco|tacos|kebab|cake|cookie|donut|steak|chocolate|glass of wine|wine|shower|sleep)\b",
    r"\bshot myself in the foot\b|\bshoot (?:me )?(?:a|an) (?:text|message|email|dm|note)\b|\bshoot (?:your|my) shot\b|\bshoot for the (?:stars|moon)\b",
    r"\boverdos(?:e|ed|ing) on (?:(?:his|her|their|your) (?:attention|affection|validation|love|praise|drama|texts)|attention|affection|validation|praise|netflix|tv|chocolate|sugar|candy|sweets|coffee|caffeine|memes|cake|junk food|tiktok|youtube|anime|love|cuteness|work|studying|reading|sun|sunshine|christmas|cookies|pizza|cheese|carbs|gaming|video games|reality tv|true crime|k-?dramas?|music|podcasts|drama|nostalgia|romance novels|books|social media)\b",
    r"\bcut(?:ting|s)? (?:carbs|sugar|corners|class|classes|ties|back|costs|it close|the cake|my hair|his hair|her hair|onions|veggies|vegetables|the grass|my losses|me some slack|myself some slack|out|down|the crap|the cord)\b",
    # Objects only: "cut myself on the arm" is not an accident.
    # "i've been overdosing on sad breakup songs for a week".
    r"\boverdos(?:e|ed|ing) on (?:sad |breakup |break up |love |old |cheesy |country |sappy |emo )*(?:songs|music|playlists?|ballads|adele|taylor swift|rom ?coms|podcasts|memes|nostalgia|self help|true crime|reality tv|k ?dramas?)\b"
    r"(?!.*\b(?:pills?|meds|medication|antidepressants|tablets|drugs|alcohol|vodka|wine|booze|painkillers|sleeping|oxy\w*|paracetamol|tylenol|codeine|xanax|valium|tramadol|fent\w*|heroin|coke|ket|mdma|molly|benzos?|insulin|rn|right now|tonight)\b)",
    # "i swear if my ex sends me one more 'hope you're well' text i'm going to kill him".
    r"\bif (?:he|she|they|my \w+|my \w+ \w+) (?:ever )?(?:sends|texts|messages|calls|likes|comments|posts|tags|asks|says|leaves|emails|replies|shares|mentions|borrows|eats|uses|steals|drinks|finishes|wears|hogs|spoils|nicks|pinches|forgets|plays) (?:me )?(?:\S+ ){0,8}?one more (?:\S+ ){0,10}?(?:i am|i will) (?:going to |gonna |actually |literally )?(?:kill|murder|strangle|throttle) (?:him|her|them)\b"
    r"(?!.*\b(?:knife|knives|gun|blade|bat|serious|seriously|not joking|not kidding|no joke|i mean it|for real|where (?:he|she|they) lives?|i will do it|what time|finishes work|daughter|son|kids?|child|children|baby|\d+ year old|step|steps|towards|near me|touch\w*|hands? on|hits? me|hurts? me)\b)",
    # "...the one who'd drive me there when i hurt myself in the kitchen".
    r"(?<!\bto )(?<!\bgonna )(?<!\bwanna )\bhurt myself (?:in the kitchen|cooking|chopping|at the gym|lifting|playing \w+|skiing|skating|snowboarding|on the trampoline)\b"
    r"(?!.*\b(?:on purpose|knife|knives|blade|scissors|razor|lighter|again|want|wanted|keep|deliberately|punish\w*|helps|feel something|needed to|tonight|only thing)\b)",
    r"\bcut myself (?:some slack|off from|a (?:slice|piece)|shaving|while (?:cooking|shaving|chopping)|on (?:a|the|some) (?:broken )?(?:paper|tin|can|fence|nail|edge|corner|rock|shell|thorn|wire|glass|bottle|knife|plate|mug|lid)|by accident|accidentally|chopping)\b",
    # Kitchen things only: "burned myself with a lighter" is not an accident.
    r"(?<!want to )(?<!going to )(?<!need to )(?<!urge to )(?<!wanna )\b(?:burn|burned|burnt) (?:myself|my \w+)(?![^.!?]*\b(?:to feel|on purpose|deliberately|punish|again|because|deserve|hate myself)\b) (?:on (?:the|a|some) (?:stove|oven|iron|pan|pot|kettle|hob|grill|tray|radiator|exhaust|bbq|barbecue|toaster|hot \w+)|with (?:hot|boiling|the kettle|steam|oil|coffee|tea|water|the iron|the oven|the pan)|while|cooking|making|baking|by accident|accidentally|ironing|in the kitchen)",
    # Stop 22. An accident said as one: "fell down the stairs carrying laundry, bruised my hip".
    # Not a cover story ("told mum i slipped...", "truth is i did it on purpose"), not
    # "walked into a door", not a relapse ("slipped up"), and no one else's act inside it.
    r"(?<!\bthinks i )(?<!\bthink i )(?<!\bthought i )(?<!\bsaid i )(?<!\bsay i )(?<!\bsays i )(?<!\btold them i )(?<!\btell them i )(?<!\btell people i )"
    r"(?<!\btold people i )(?<!\btold everyone i )(?<!\btold mum i )(?<!\btold mom i )(?<!\btold dad i )(?<!\btold him i )(?<!\btold her i )(?<!\bpretend i )(?<!\bpretended i )"
    r"\b(?:fell (?:down|off|over|out of|on|from|onto|up)|tripped|slipped(?! up)|stumbled|bumped into|knocked into|crashed (?:my bike|into))\b"
    r"(?:(?!\b(?:he|she|they|him|her|them|because|pushed|shoved|knife|knives|blade|razor|scissors|grabbed)\b)[^.!?])*?"
    r"\b(?:bruised|grazed|scraped|twisted|sprained|banged|bumped|cut|hurt|scratched|skinned) (?:my \w+|myself)\b"
    r"(?![^.!?]*\b(?:on purpose|deliberately|to feel|punish\w*|deserve\w*|again|made it worse|blade|razor|knife|scissors)\b)"
    r"(?!.*\b(?:on purpose|deliberately|truth is|the truth|i didn't|i did not|not really|it wasn't|it was not|lie|lied|lying|cover story|excuse|what i told|what i said|what i tell|when (?:he|she|they)|(?:he|she|they) (?:has|had|have) been drinking|happens a lot|again|every time)\b)",
    # "i swear i'm gonna die if my boss adds one more task 😂".
    r"\b(?:going to|gonna|will|'ll) (?:literally |actually )?die if\b(?![^.!?]*\b(?:hands? on|touch\w*|hits? me|hurts? me|nights?(?! shifts?)|days?|weeks?|like this|(?:he|she|they) (?:does|do|did|says|said|comes|come))\b)[^.!?]*\bone more\b(?=[^.!?]*(?:😂|🤣|💀|😭|😩|\blol\b|\blmao\b|\bhaha\b))(?!.*\b(?:scared|afraid|terrified|not joking|mean it|for real|pills|tonight)\b)",
    # "pharmacology exam tomorrow... kill me now 😭": the stressor named earlier, the joke at the end.
    r"\b(?:exams?|test|deadline|homework|essay|meeting|shift|lecture|revision|assignment|presentation|interview|mondays?|coursework|dissertation|group project)\b.*\b(?P<idiom>kill me now)\b(?=\W*(?:😭|😩|😂|💀|🙃|😅|lol|lmao|haha|pls|please)?\W*$)",
    # "finally threw out the pills i was stockpiling... i don't need them anymore".
    r"(?!.*\b(?:tonight|this weekend|tomorrow|properly|where i am going|after i am gone|goodbye|end it|die|dying|dead|plan|won't be|will not be|one way or another|other ways?|another way|found a way|better way|doing it|rope|gun|going to|gonna|use the|instead)\b)"
    r"\b(?:threw|thrown|throw|got rid of|binned|flushed|handed in|returned|dropped off|disposed of) (?:out |away |back )?(?:all )?(?:of )?(?:the |my |those |these )?(?:old )?(?:pills|tablets|meds|medication|stash|blades|razors)\b(?:[^.!?]*[.!?]\s*)?[^.!?]*\b(?:don't|do not|(?:won't|will not)(?=.*\b(?:proud|recovery|recovering|better|clean|sober|doing well|therapist|counsell?or|milestone|healing|safe|stable)\b)) need (?:them|it|those|these) (?:anymore|any more)\b",
    # "is it ok to drink on lithium? my psychiatrist said no": a question about a prescription.
    r"^(?!.*\b(?:already|just took|i took|took \d+|took (?:a few|some|a handful|loads|lots|a bunch)|popped|swallowed|necked|had \d+|\d+ (?:bars|pills|tablets|beers|drinks|shots|glasses)|i have taken|i had|i have had|i have got|i got|right now|rn|tonight|now|drunk|(?:want|wanna|going) (?:to )?(?:black|pass|die|end|not wake|forget|sleep|get (?:wasted|drunk|smashed|hammered))|black ?out|wake up|whole|bottle|box|all of|end it|die|overdose|too many|mixed|mixing|a lot|loads|so much|too much|pills|sleep forever)\b)"
    r"(?:.*?)(?P<idiom>\b(?:is it (?:ok|okay|safe|bad|fine|dangerous|alright|allowed) to|can (?:you|i|u|people|one)|should (?:you|i)) (?:drink|have (?:a|one|a few|some) (?:drinks?|beers?|wine|glass(?:es)? of wine)) (?:alcohol )?(?:on|with|while on|while taking|when on|when taking) (?:my )?\w+(?: \w+)?(?:\?|\s*$))",
    # A match, a boss fight, a spoiler: "if my team loses tonight i'm gonna die",
    # "i'll punch the next person who spoils the finale".
    r"\bif (?:my|our|the) (?:\w+ )?(?:team|club|side|lads|boys|girls) (?:loses?|lose|wins?|draws?|doesn't win|don't win|does not win|gets? knocked out|goes out|bottles? it)\b(?:(?!\b(?:he|she|they|kill|want|wanna|honestly|really|just|wish)\b)[^.!?]){0,40}?\b(?:i am|i will|i'll|i'm|im)? ?(?:going to |gonna )?(?:literally |actually )?(?:die\b|(?:jumping|jump) off (?:a|the) bridge\b(?=[^.!?]*(?:🤣|😂|💀|\blol\b|\blmao\b|\bhaha\b)))"
    r"(?!.*\b(?:pills|mean it|not joking|not even joking|for real|kill myself|tablets|seriously|i am done|i'm done|end it)\b)",
    r"\b(?:punch|kill|murder|slap|strangle|throttle|smack|deck|fight|hit) the next (?:person|guy|one|human|man|woman|customer|driver|idiot|caller|tourist) (?:who|that) (?:spoils|says|asks|tells|mentions|talks|calls me|sings|plays|honks|beeps|cuts in|cuts me off|uses|eats|comments|sends|posts|texts|replies|reply-alls|microwaves|takes my (?:parking|seat|spot))\b"
    r"(?!.*\b(?:knife|gun|blade|bat|serious|not joking|i mean it|touches me|follows me)\b)",
    # A newly prescribed course not yet started: "i have the pills here - the ones my doctor
    # prescribed - but i'm nervous to start. what are the side effects?"
    r"\b(?:have|got) the (?:pills|tablets|meds)(?: here)?\b(?=[^?]*\b(?:prescribed|the doctor gave|my gp gave|the gp gave)\b)(?=.*\b(?:nervous|scared|worried|anxious|hesitant|unsure) (?:to|about) start(?:ing)?\b)"
    r"(?!.*\b(?:all|whole|at once|end it|die|overdose|enough|tonight|swallow\w*|lot of them|\d+)\b)",
    # "our team lost the final and honestly i wanted to die 😂".
    r"\b(?:our|my|the) (?:\w+ )?(?:team|club|side) (?:lost|got knocked out|went out|got relegated|got thrashed|bottled it)\b[^.!?]{0,40}?\bi (?:literally )?wanted to die\b(?=[^.!?]*(?:😂|🤣|💀|\blol\b|\blmao\b|\bhaha\b))"
    r"(?!.*\b(?:pills|mean it|not joking|for real|kill myself|tablets|seriously|end it|not even about|genuinely|felt like that|for (?:weeks|months|years)|nothing left|no but|honestly though)\b)",
    # "i'm going to strangle him lol ... love him really".
    r"\b(?:going to|gonna) (?:strangle|kill|murder|throttle) (?:him|her|them)\b(?= ?(?:lol|lmao|haha|😂|🤣|🙄))(?=.*\b(?:love (?:him|her|them) really|love (?:him|her|them) though|love (?:him|her|them) to bits)\b)"
    r"(?!.*\b(?:knife|gun|hit|hits|hurt|hurts|scared|not joking|serious|bruise\w*)\b)",
    # "my teen keeps saying 'i'm literally going to die' about her exams".
    r"\b(?:literally |actually )?(?:going to|gonna) die\W* about (?:her|his|my|their|the) (?:exams?|tests?|homework|school|coursework|revision|mocks|finals|gcses|a levels)\b",
    # "just to clarify, when i said 'he's killing me' i meant he's driving me mad".
    r"\bwhen i (?:said|say|wrote|typed) ['\"‘“][^'\"‘’“”]{3,60}['\"’”],? i (?:just |only )?(?:meant|mean) (?:(?:he|she|it|they|that|this|the \w+) (?:is|was|are|were|'s) )?"
    r"(?:driving me (?:mad|crazy|nuts|up the wall|round the bend)|annoying|being annoying|a pain|stressing me out|exhausting|so annoying|tiring|doing my head in)\b",
    # "she's gonna kill me for spoiling the finale", "...report card she's going to kill me 💀".
    r"\b(?:she|he|they)(?: is| are| will| would)? (?:going to |gonna )?(?:kill|murder) me (?:for|when|if) (?:\w+ ){0,4}?(?:spoil\w*|the finale|the ending|scratch\w*|dent\w*|report card|grades|broke (?:her|his|their|the) (?:vase|mug|phone|laptop|favourite \w+)|ate (?:her|his|their) \w+|forgot (?:her|his|their) birthday|lost (?:her|his|their) (?:keys|charger|jumper|hoodie)|borrowed (?:her|his|their) \w+)\b"
    r"(?!.*\b(?:last time|hit|hits|hurt|beat|bruises?|scared|afraid|means it|serious|not joking|pregnant|positive|finds out about|hiding|hide|locked|belt|hospital|once|terrified|shouting|shouts|slap\w*|punish\w*|actually|literally|over less)\b)",
    r"\bif (?:my |our )?(?:mum|mom|dad|parents|teacher|mam)\b[^.!?]*\b(?:report card|grades|results|marks|school report)\b[^.!?]*\b(?:is |are )?(?:going to|gonna) (?:kill|murder) me\b(?=[^.!?]*(?:💀|😂|🤣|\blol\b|\blmao\b|\bhaha\b))"
    r"(?!.*\b(?:hit|hits|hurt|beat|belt|bruises?|scared|afraid|terrified|actually|literally|hiding|hide|locked|shouting|angry|serious|not joking)\b)",
    # "beating myself up about the email": blame, not blows.
    r"\b(?:beat|beats|beating|beaten) myself up (?:about|over|for|because|that|when|after|so much|a lot|all day|again about)\b",
    r"\b(?:driving|drives|drove) me (?:up the wall|crazy|mad|nuts|insane|bananas|round the bend|to drink)\b",
    r"\b(?:burnt|burned|burn|burning) out\b",
    r"\bif i (?:hear|see|have to|get)\b[^.!?]*\bkill myself\b(?=[^.!?]*(?:😂|🤣|💀|\blol\b|\blmao\b|\bhaha\b|\bjk\b))",
    r"(?<!\bto )(?<!\bgonna )(?<!\bwanna )\b(?:hurt|hurting) (?:myself|my \w+) (?!running into|falling (?:down|off|from) \w+ so)(?:at the gym|lifting|running|playing|laughing|skiing|skating|at work|falling|during(?! (?:a |an )?(?:panic|meltdown|breakdown|flashback|episode|dissociat\w*|fight|row|argument))|in a fall|on the stairs|at practice)\b",
    r"\b(?:killer|slay|slayed|slaying|slays) ?\w*\b",
    r"\bbombed (?:my|the|that) (?:test|exam|interview|presentation|audition)\b",
    r"\b(?:my|this|her|his) (?:mom|mum|mother|dad|father|boss|teacher|coach|sister|brother|friend|roommate|manager|professor|prof|grandma|nan|gran)(?: is going to|'s going to| will|'ll| is gonna|'s gonna| would|'d| be going to| is literally going to| is so going to| will literally| is gonna literally) (?:literally |actually |so )?(?:kill|murder|strangle|skin|slaughter|ground) me (?:if|when|for|because|cause|lol|haha|😂)(?! i (?:leave|left|tell|told|call|report|go to the police|try to leave|talk))",
    r"\b(?:my|the) (?:phone|battery|laptop|plant|plants|car|tv|computer|headphones|charger|goldfish|fish|tamagotchi|character|wifi|internet|router|connection|signal|console|controller) (?:is |'s |was |just )?(?:dying|dead|died|killed)(?: again| on me)?\b",
    # "phone on 1% im about to die": the battery, not the writer.
    r"\b(?:phone|battery|laptop)\b[^.!?]{0,20}?\b(?:on|at) \d+ ?%[^.!?]{0,10}?\b(?:i am|im|i'm|it's|it is|its)? ?(?:about to|going to|gonna) die\b",
    # Lyrics quoted: "'i dont wanna live forever' stuck in my head all day".
    r"['\"‘“][^'\"‘’“”]{3,60}['\"’”] (?=(?:is |has been |keeps )?(?:on repeat|slaps|is a bop|is a banger|(?:is )?my (?:new )?(?:fav|favourite|favorite|anthem))|(?:is |has been )?stuck in my head(?=.*\b(?:song|lyrics?|track|chorus|album|singing|playlist|spotify|band|radio)\b))",
    # Cliff jumping into water with friends.
    r"(?<!thinking about )(?<!think about )(?<!thinking of )(?<!want to )(?<!going to )\b(?:jumped|jumping|jump) off (?:the |a |some )?(?:cliff|cliffs|rocks?|pier|jetty|boat|diving board|harbour wall|harbor wall)\b(?=[^.!?]*\b(?:lake|water|sea|river|swim\w*|pool|lads|mates|friends|holiday|summer|freezing|cold)\b)(?![^.!?]*\b(?:want|going to|gonna|tonight|end it|die|to end|never came up|not swimming|not come back|not coming back|never come back|wish)\b)",
    # "im gonna end this mans whole career in 1v1": beaten, not hurt.
    r"\b(?:end|ending|ended|ends) (?:this |that |his |her |their |your |ur )?(?:man'?s |mans |guy'?s |kid'?s |girl'?s |dude'?s )?(?:whole |entire )?career\b",
    # "people assume he pushes me around. he's the gentlest guy alive".
    r"\b(?:people|everyone|others|they|folks) (?:assume|think|might think|would think|probably think|assumes|thinks) (?:that )?(?:he|she|my \w+) (?:\w+ )?(?:pushes me around|controls me|is controlling|hits me|abuses me|bullies me)\b"
    r"(?=.*\b(?:he does not|she does not|he doesn't|she doesn't|not true|is not true|isn't true|gentlest|kindest|lovely|sweetest|softest)\b)"
    r"(?!.*\b(?:they are right|they're right|theyre right|it's true|it is true|he never lets|she never lets)\b)",
    # "my wife jokes she'll kill me if i buy another motorbike".
    r"\b(?:wife|husband|partner|missus|mrs|girlfriend|boyfriend|gf|bf|mum|mom|dad|mother|father|nan|gran|sister|brother) (?:always )?(?:jokes|joked|jokingly says|says jokingly|laughs and says) (?:that )?(?:she|he|they) (?:will|would|is going to|is gonna) (?:kill|murder) me (?:if|when)\b"
    r"(?!.*\b(?:last time|broke|hit|hits|hurt|beat|beats|bruises?|scared|afraid|means it|serious|really will|not joking|leave|left|leaving|gun|knife|lately)\b)",
    r"\b(?:nearly|almost|literally|practically|basically) died (?:laughing|of|when)\b",
    r"\bdrop dead\b|\bdead to me\b|\bover my dead body\b",
    # ...unless the writer says it is meant: "...and i mean that literally".
    r"\b(?:i'd|i would) rather die than\b(?![^.!?]*\b(?:i mean (?:it|that|this) literally|literally,? i mean (?:it|that)|not (?:exaggerating|being dramatic)|i am not (?:joking|kidding)(?= *(?:[.!]|$)))\b(?![^.!?]*(?:\b(?:lol|lmao|haha|jk)\b|😂|🤣)))"
    # ...or says so in a sentence of its own: "i'd rather die than stay here. i mean it."
    r"(?![^.!?]*[.!?]+ *(?:and )?(?:i mean it|i mean that|i am serious)(?: this time)? *(?:[.!]+|$))",
    r"\b(?:political|career|social|financial|commercial|fashion) suicide\b|\bsuicide (?:squad|mission|doors?|run|runs|sprints?|drills?|burpees|lane|king|bombers?|prevention|rates?|hotline|awareness)\b",
    r"\b(?:i|i'd|i would) kill for (?:a|an|some|that|those)\b",
    # "it hit me hard" and "hit me up" are idioms; "he hit me hard", "she hit me with a pan"
    # and "he hit me back" are not, so a person as the subject keeps the words.
    r"\b(?:it|this|that|reality|grief|the (?:news|loss|grief|song|movie|realisation|realization|truth)|\w+ness)(?: really| just| kinda| kind of| has| had| finally)? (?:hit|hits|hitting) me (?:hard|different|differently|like|all at once)\b",
    r"\b(?:hit|hits) me up\b|\bhit me back (?:on (?:whatsapp|insta|snap|here|text|discord)|asap|with a (?:text|message|call))\b",
    r"\bhit me with (?:your|the (?:news|details|facts|truth|link|name)|some (?:facts|advice|tips|news|music|recommendations)|facts|it|that|a (?:joke|question|fact|quote|song|meme|link|recommendation|story|tip))\b",
    r"\bbeat (?:me|us) (?:at|in) (?:chess|cards|pool|tennis|golf|poker|scrabble|monopoly|fifa|darts|a (?:race|game|match|quiz)|the (?:race|game|match|final|quiz)|\w+ games?)\b|\bbeat (?:me|us) to (?:it|the punch|the finish|the top)\b|\bbeat (?:me|us) by \d+",
    r"\b(?:push|pushed|pushes|pushing) me to (?:be|do|try|grow|improve)\b",
    # Social media only: "he followed me back to my flat" is stalking.
    r"\b(?:follow|followed|following|follows) me (?:on (?:insta|instagram|twitter|x|tiktok|twitch|youtube|facebook|snap|snapchat|spotify|here|social media|socials)|back(?= (?:on|lol|pls|please)\b|$))",
    r"\b(?:stop|quit) (?:overdosing|killing) (?:on|the)\b",
    r"\bgoing to die (?:of|from) (?:embarrassment|boredom|cringe|laughter|heat)\b",
    r"\bwhat (?:is|are|'s) (?:an? )?overdose\b",
    r"\bkill me now\b(?=.*\b(?:meeting|call|zoom|class|lecture|shift|work|monday|exam|homework|traffic|queue|lol|haha)\b)",
    r"\bburn(?:ed|t|s|ing)? (?:the|my|our|his|her|some) (?:toast|food|dinner|lunch|breakfast|rice|cake|cookies|bread|pan|pot|popcorn|bacon|eggs|sauce|pizza|candle|bridges?|midnight oil|calories|garlic|onions)\b",
    r"\b(?:crawl|go|get) back (?:to bed|into bed|under the (?:duvet|covers|blanket|blankets))\b|\bstay in bed (?:forever|all day)\b|\bhibernate\b",
    r"\b(?:caffeine|coffee|sugar|chocolate|netflix|carb|cuteness|candy|screen ?time|tv|sun|vitamin \w|serotonin|dopamine|cheese|pizza|information|cringe) overdose\b",
    r"\bchok(?:e|ed|es|ing) (?:on|up|under pressure|during|in the|at the)\b",
    # "i'm not suicidal, just tired of everything": the denial names what the feeling is.
    r"\bnot (?:suicidal|going to do anything|in danger|going to hurt myself)\W+(?:\w+ )?(?:i'm |i am )?(?:just |only )(?:really |so |very |a bit |kind of |kinda )?(?:tired|exhausted|drained|fed up|sick|done|sad|down|low|burnt out|burned out|worn out)\b(?! of (?:everything|it all|life|living|being alive|this life|existing))",
    # Exercise and stress as killers or captors: "my pt was trying to kill me today. legs are gone".
    r"\b(?:pt|personal trainer|trainer|instructor|spin class|spin instructor|workout|leg day|bootcamp|yoga teacher|pilates)(?: is| was| be| has been)? (?:literally |actually )?(?:trying to kill|tried to kill|killing|killed|will kill|going to kill|gonna kill) me\b",
    r"(?<!suicidal )\b(?:anxiety|brain|stress|exams?|work|job|ocd|adhd|insomnia|this cold|my cold|flu)(?: is| are| has been| be| keeps)? (?:holding|held|keeping|kept|hold|keep) me (?:hostage|prisoner|captive)\b",
    # Things that "stalk" without danger, messages "shot", and internet dying.
    r"(?:^|[.!?,] |\bthe way |\bi swear )(?:my )?(?:cat|kitten|puppy|algorithm|ads|spotify|feed|fyp|phone)(?: is| keeps| always| literally)? (?:stalks?|stalking) me\b"
    r"(?![^.!?]*\b(?:he|she|ex|partner|husband|boyfriend|guy|man|tracker|app|threat\w*)\b)",
    r"\bshoot (?:him|her|them|you|me) (?:a|an) (?:quick )?(?:message|text|email|dm|line|note)\b(?! (?:he|she|they) won't forget)",
    r"\bkill myself \( ?keep making sandwiches ?\)",
    r"\b(?:going to|gonna|will|i'll) die (?:of|from) (?:soreness|embarrassment|cringe|laughing|laughter|boredom|excitement|cuteness|jealousy|hunger)\b"
    r"(?![^.!?]*[.!?]?[^.!?]*\b(?:pills|swallowed|took|tonight|mean it|not joking|can't face|ever again)\b)",
    r"\b(?:going to|gonna|will|i'll|i will) (?:literally )?die if (?:she|he|they|taylor|beyonce|\w+ (?:swift|styles)) (?:doesn't|don't|does not|do not|won't) (?:text back|reply|announce|drop|release|notice me)\b"
    r"(?!.*\b(?:pills|swallowed|took|tonight|mean it|not joking|nothing left|can't breathe|ambulance|911|999)\b)",
    r"\bpunish(?:ing)? myself by (?:going back to (?:him|her|them|my ex)|texting (?:him|her|my ex)|replaying|reading (?:old|our|his|her) (?:texts|messages))\b"
    r"(?![^.!?]*\b(?:razor|blade|cut|cutting|burn|skin|pills|bleed|scald\w*|lighter)\b)",
    # A parent's "i'll kill you if you're late".
    r"\b(?:mum|mom|mother|mam|mummy|mommy|dad|father|daddy|nan|gran|grandma|granny|teacher|coach)\b(?: \w+){0,3} ['\"]?(?:i will|i'll|she will|she'll|he will|he'll|is going to|is gonna|gonna|will) ?(?:literally )?(?:kill|murder) (?:you|me) (?:if|when) (?:you're|you are|i'm|i am|you|i) (?:late|home late|forget|forgot)\b"
    r"(?!.*\b(?:last time|broke|hit|hits|hurt|beat|beats|bruises?|scared|afraid|means it|serious|really will)\b)",
    r"\b(?:threaten\w*|going|wants?|trying) to take (?:me|us) to (?:court|small claims|a tribunal|tribunal|mediation|the ombudsman|arbitration)\b",
    r"\b(?:my|this|her|his) (?:boss|manager|teacher|coach|prof|professor|lecturer|supervisor|editor|landlord|tutor)(?: is| will| be| was| would)? (?:going to |gonna )?(?:literally |actually |so )?(?:kill|murder) me\b(?=,? *(?:😭|😩|🙃|😅|😬|lol)? *(?:i |i've |i have |because i |cause i |coz i )?(?:forgot|forgotten|missed|lost|broke|spilled|was late|am late|overslept|messed up|dropped|am so late|haven't (?:done|finished|sent)|have not (?:done|finished|sent))\b| (?:over|about|for) (?:the|my|a|this|that) (?:report|slides|deadline|presentation|essay|grades?|homework|mess|dishes|car|phone bill|scratch|dent|mark|test|exam|meeting|email|figures|numbers)\b)",
    r"\b(?:project|zoom|lecture|exam|homework|traffic|queue|essay|deadline|assignment|small talk|karaoke|group chat|monday)\b[^.!?]*\bkill me now\b",
    r"\b(?:going to|gonna|will|'ll) die alone\b(?![^.!?]*\b(?:tonight|today|now|soon)\b)(?=[^.!?]*\b(?:surrounded by|cat lady|crazy cat|lol|haha|dream|\d+ cats|spinster)\b)",
    # A therapist's screening question answered no.
    r"\b(?:asks?|asked|asking) (?:me )?(?:every (?:session|time|week) )?(?:if|whether) i(?: have| had| am)? (?:ever )?(?:have |had |been )?(?:any )?(?:thoughts? of suicide|suicidal thoughts|thoughts of (?:self harm|hurting myself|killing myself)|suicidal|thoughts about suicide)\b(?!.*\b(?:but|lied|lie|lying|truth|actually|yes|i do|have them|still|how to tell|every night|every day)\b)(?=[^.!?]*\b(?:said no|say no|answered no|i (?:honestly |really |genuinely |truly )?(?:don't|do not|haven't|have not|am not))\b)",
    r"\bfelt like i (?:was|were) going to die\b",
    r"\bi (?:would|will) kill (?:her|him|them) if (?:she|he|they) (?:showed|shows|posted|posts|spoiled|spoils|read|reads)\b(?=[^.!?]*(?:\b(?:lol|haha|lmao|baby (?:pictures|photos)|spoilers?|ending)\b|😂|🤣))",
    r"\boverdos(?:e|ed|ing) on (?!(?:my |the |his |her |some |a |an |all |too many |too much )?(?:pills?|tablets?|meds|medication|medicine|painkillers?|drugs|alcohol|booze|drink|drinks|insulin|heroin|fent\w*|opioids?|it|something|stuff|sleeping)\b)(?:\w+ ){1,3}?(?=[^.!?]*(?:\b(?:lol|haha|lmao|episodes?|seasons?|binge\w*|era|tv|show|series|netflix|ice cream|chocolate|cake|films?|movies?|books?)\b|😂|🤣))",
    r"\b(?:could|would) (?:kill|murder|strangle|throttle) my (?:little |big |older |younger )?(?:brother|sister|flatmate|roommate|housemate|mum|mom|dad|cousin|friend|best friend) sometimes\b",
    r"\bmy (?:brother|sister|flatmate|roommate|housemate|friend|best friend|cousin|mate) (?:said|says) (?:he|she|they) (?:would|will) (?:kill|murder|strangle|throttle) me if i (?:ever )?(?:ate|eat|touch|touched|use|used|took|take|borrowed|borrow|finished|finish|spoiled|spoil|watched|watch|drank|drink|wore|wear|nicked|nick|stole|steal) (?:his|her|their|the) (?:\w+ ){0,2}?(?:leftovers?|curry|food|pizza|snacks?|chocolate|cake|charger|hoodie|jumper|jacket|coat|top|dress|jeans|shoes|trainers|makeup|clothes|perfume|straighteners|netflix|show|series|ending|spoilers?|lunch|dinner|fries|chips|crisps|biscuits|ice cream|beer|wine|milk|sandwich)\b",
    r"\bcould ?(?:have|'ve) (?:killed|murdered|strangled|throttled) (?:him|her|them|my (?!baby|son|daughter|kids?|child|children|toddler|newborn)\w+)\b(?![^.!?]*\b(?:knife|gun|hands|nearly did|almost did|tonight|next time|still might|still could|wanted to|throw|wall|shake|shook)\b)",
    r"\bburn(?:ing|ed|t|s)? (?:my |all my |our |the |your |his |her )?bridges\b(?: (?:before|so) (?:they|he|she|people|others) (?:can |could )?burn (?:me|us|mine))?",
    # Hyperbole about trivial things: laughing, workouts, meetings, a sibling's snack theft.
    r"\b(?:nearly |almost |literally |practically )?(?:kill|killed|killing) myself (?:laughing|with laughter)\b",
    r"(?<!want to )(?<!going to )(?<!thinking of )(?<!thinking about )(?<!will )(?<!plan to )\bkilling myself (?:with|doing) (?:these |this |the |my |all |those |extra )?(?:\w+ ){0,2}(?:workouts?|work|training|revision|studying|shifts?|gym|runs?|homework|exams?|job|overtime|deadlines?|cardio|practice|sessions?|squats|essays?)\b",
    r"\bif i (?:have to|hear|see|sit through|attend|watch|listen to|read)\b(?:(?!\b(?:him|her|them|he|she|live|life|alive|wake|anymore)\b)[^.!?])*\b(?:one more|another)\b[^.!?]*\b(?:meeting|call|zoom|teams|lecture|class|seminar|shift|email|song|ad|advert|episode|presentation|spreadsheet|powerpoint|karaoke|webinar|ads|tiktok|report|form)s?\b[^.!?]*\b(?:i'm going to|i am going to|i will|i'll|i be going to) (?:die|scream|lose it)\b",
    r"\bkill me now\b(?=.*(?:\b(?:project|facebook|instagram|tiktok|tinder|profile|dating app|friend request|email|emails|cringe|embarrass\w*|family dinner|group chat|karaoke|found my|walked in on|linkedin|endorsed)\b|💀|😂|🤣|🙄))",
    r"\b(?:going to|gonna|will|'ll|i'll|i'm going to|could|would) (?:kill|murder|strangle|throttle) my (?:little |big |baby |older |younger )?(?:brother|sister|flatmate|roommate|housemate|friend|best friend|cousin)\b(?=[^.!?]*\b(?:ate|eaten|eats|eating|drank|finished|took|forgot|forgets|borrowed|stole|used|spoiled|spoilt|posted|lost|hid)\b[^.!?]*\b(?:leftovers?|pizza|food|snacks?|chocolate|cake|last|charger|hoodie|jumper|clothes|netflix|password|spoilers?|ending|dishes|towel|milk|biscuits|fries|chips|sweets|lunch|dinner|breakfast|crisps|ice cream|fries|cookies|shampoo|phone|keys|headphones)\b)",
    r"\b(?:murder|kill|destroy|end|wreck) (?:this|that|these|those) (?:kid|kids|guy|dude|noob|noobs|team|boss|level|lobby|squad)\b(?=[^.!?]*\b(?:next (?:round|game|match)|in (?:the )?game|gg|ranked|respawn|attempts?|tries|one - shots?|one shots?|checkpoint|raid|dungeon|phase \w+|hp|boss fight)\b)",
    r"\b(?:making|make|made|makes) me watch(?![^.!?]*\b(?:porn\w*|adult|sex\w*|x-?rated|naked|nude|of (?:women|girls|people|kids|children|me|him|her)|rap\w+|hits?|hitting|beats?|slaps?|hurts?|if i|or else|or he|or she)\b) (?:all |every |the |three |two |both |another |his |her |some )*(?:\w+ ){0,4}?(?:films?|movies?|episodes?|series|seasons?|shows?|documentar(?:y|ies)|football|match|game|trilogy|anime|reality tv)\b(?!\s*(?:where|of (?:him|her|them|me)|with))",
    # Stop 17: a performance to "kill"; a place one is tired of living in; a relationship
    # to "end things" with; a kitchen cut; a trivial cause made plain by laughter.
    r"\b(?:kill|killed|killing|kills|murder|murdered|smash|smashed|crush|crushed) (?:this|that|the|my|our|tomorrow's|today's|his|her) (?:\w+ )?(?:presentation|exam|test|interview|audition|speech|pitch|workout|gig|set|performance|essay|assignment|quiz|race|solo|recital|karaoke|dance routine|routine|final|finals)\b",
    r"\btired of living (?:alone|on (?:my|her|his|our|their) own|by (?:myself|herself|himself)|in (?:a|the|this|that|my|our|his|her) (?:\w+ )?(?:house|flat|apartment|city|town|country|village|room|place|van|dorm|suburb)|with (?:my|her|his|our) (?:parents|mum|mom|dad|flatmates?|roommates?|housemates?|in-laws|family)|out of (?:a|my) suitcase|pay ?(?:check|cheque) to pay ?(?:check|cheque))\b",
    r"\bend(?:ed|ing|s)? (?:things|it) with (?:him|her|them|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|situationship))\b(?!'s)(?![^.!?]*\b(?:myself|my life|for good tonight|and then me|pills|gun|knife|rope|meds|tablets|all|watching|better off|notes?|sleeping)\b)",
    r"\bcut (?:my|his|her) (?:hand|finger|thumb|palm|foot|knee|lip|chin|leg|toe) (?:\w+ ){0,3}?(?:in the kitchen|peeling|chopping|slicing|cooking|on (?:a|the|some) (?:tin|can|glass|knife|nail|fence|rock|shell|paper|mandoline|grater)|shaving|gardening|by accident|accidentally)\b(?![^.!?]*\b(?:again|on purpose|deliberately|to feel|punish|deserve)\b)",
    r"\bkill me now\b(?=[^.!?]*\b(?:wifi|internet|printer|laptop|computer|phone|rain|weather|hangover|dentist|gym|commute|bus|train|flight|delay|delayed|traffic|queue|meeting|exam|homework|is down|broke|broken)\b)",
    r"\b(?:traffic|this (?:song|meeting|exam|class|lecture|queue|line|weather|heat)|the (?:meeting|exam|wifi|traffic|queue|commute|heat|bus|train)|homework|work today|mondays?|maths?|chemistry|physics) (?:\w+ ){0,4}?(?:made|makes|is making|making) me (?:want to|wanna) (?:die|jump off a bridge|kill myself|scream|cry)\b(?![^.!?]*\b(?:for real|not joking|actually|seriously|plan|i have)\b)(?=[^.!?]*(?:\blol\b|\blmao\b|\bhaha\b|😂|🤣|💀))",
    r"\bhungover\b[^.!?]*\b(?:want to|wanna|could|going to|might|about to) die\b(?=[^.!?]*\b(?:never|tequila|vodka|drinking|lol|haha|again)\b)",
    r"\b(?:want to|wanna|going to|i'll|i will|i could|could) (?:kill|murder|strangle|throttle) (?:him|her|them)\b(?=[^.!?]*\b(?:ate|eaten|drank|finished|took|stole|used|spoiled|spoilt)\b (?:my|the|all my|all the|our) (?:\w+ )?(?:leftovers?|pizza|food|snacks?|chocolate|cake|charger|hoodie|jumper|fries|chips|crisps|biscuits|ice cream|milk|sandwich|lunch|dinner|dessert|cookies|last slice)\b)(?![^.!?]*\b(?:knife|gun|bat|address|sleeps|i mean it|not joking|seriously|tonight)\b)",
    # A parent's phone rule: "my parents took my phone for a week bc i got a b".
    r"\b(?:my )?(?:parents|mum|mom|dad|mother|father|step(?:mum|mom|dad))(?: \w+){0,6}? (?:take|took|takes|taken|taking) (?:away )?my phone (?:for (?:a|the|one|two|three) (?:week|day|night|weekend|month)s?|at night|because i (?:got|failed|was)|as (?:a )?punishment|until (?:my|i))\b(?![^.!?]*\b(?:so i can't|so i cannot|locked|hit|hits|beat|hurt|scared|afraid|won't let me)\b)",
    # Said as a figure of speech, in so many words.
    r"\b(?:i (?:want|wanna|could|am going) to |i'll |i will |i could )(?:kill|strangle|murder|throttle) (?:him|her|them|my \w+)\b(?=[^.!?]*(?:[.!?]\s*(?:\w+\W+){0,2}?)?\b(?:metaphorically|figuratively|not literally)\b)",
    r"\bi (?:dreamt|dreamed|had a (?:dream|nightmare))(?: that| about)? (?:he|she|they|my ex) (?:\w+ ){0,3}?me\b",
    r"\b(?:take|taking|took) myself (?:back|out (?:for|to|on)|to (?:the|a|bed|therapy|dinner|lunch|work|hospital|a ?& ?e|the doctor|the gp)|for (?:a|walks?|coffee|dinner)|off to)\b",
    r"\bwish i could (?:just )?disappear (?:for (?:a|the|one|two) (?:week|day|weekend|few days|while|bit|month|year)|to (?:a|an) (?:island|cabin|beach|desert island))\b",
    r"\b(?:hangover|heat|gym|workout|commute|deadline|exam|homework|weather|traffic|cold|flu)\b[^.!?]*\b(?:trying to|going to|will|gonna) kill me\b",
    r"\b(?:strangle|kill|murder|smash|throttle|punch) (?:my|this|the|that) (?:printer|laptop|computer|phone|router|wifi|tv|car|alarm clock|alarm|keyboard|mouse|code|spreadsheet|excel|washing machine|microwave)\b",
    r"\blocked myself out\b",
    r"\b(?:took|take|taken|had) (?:one|two|three|a couple of|an?|[1-4]) (?:\w+ )?(?:ibuprofen|paracetamol|tylenol|advil|aspirin|nurofen|painkillers?|tablets?|pills?)\b(?= (?:\w+ ){0,2}?for (?:my|a|the|her|his) (?:\w+ )?(?:headache|migraine|cramps|period|back|tooth(?:ache)?|pain|cold|flu|fever|hangover|knee|neck|sore throat))(?![^.!?]*\b(?:more|rest|another|whole|all|box|bottle|pack|strip|\d{2,}|vodka|wine|alcohol|then)\b)",
    r"\b(?:hurt|hurting|bruised|bruise|scratched|scratch|grazed|graze|sprained|twisted|banged|bumped) (?:myself|my \w+)(?: to bits| badly| a bit| really bad)?(?![^.!?]*\b(?:again|on purpose|deliberately|wrists?|thighs?|lighter|blade|razor|because|to feel|deserve|punish)\b) (?:on (?:the |a |some )?(?:rose ?bush(?:es)?|brambles?|bush|thorns?|fence|branch|hedge|trampoline|climbing wall)|gardening|at (?:volleyball|football|netball|rugby|hockey|practice|training|soccer|basketball|tennis|dance|ballet|climbing|the gym|cricket|judo|karate|boxing|jiu jitsu|bjj)|playing (?:with (?:the|my) (?:cat|dog|kitten|puppy)|\w+ball|rugby|hockey|tennis))\b",
]]
FICTION = re.compile(
    r"\b(?:movie|film|(?<!school )(?<!exercise )(?<!text )book|novel|show(?! (?:up|me|him|her|them|you|us|off|signs?|it)\b)|series|episode|season|song|lyrics?|game|character|anime|"
    r"manga|(?<!funny )(?<!long )(?<!true )(?<!instagram )(?<!insta )(?<!ig )(?<!snap )(?<!snapchat )(?<!whatsapp )(?<!facebook )(?<!fb )(?<!her )(?<!his )story|(?:the|a|this|that) play|poem|plot|scene|netflix|tv|fanfic|fan fiction|villain|hero|protagonist|"
    r"documentary|podcast|comic|chapter|dnd|d&d|npc|rpg|roleplay|role play|fandom)\b"
)
# A match this far into a quote or story is not about the person writing.
THIRD_PERSON_STORY = re.compile(
    r"\b(?:in|on|from|of|about|where|when) (?:the|a|this|that|my favou?rite) (?:movie|film|book|"
    r"novel|show|series|episode|song|game|anime|manga|story|play|poem|chapter|comic)\b"
)
NEGATORS = {"not", "never", "no", "n't", "nobody", "none", "neither", "nor", "without"}
# "not sure i want to live", "don't know why i want to die": the negation is elsewhere.
NEGATION_BREAKERS = {"i", "he", "she", "they", "we", "you",
                     "sure", "know", "knowing", "stop", "care", "matter", "tell", "say",
                     "saying", "mean", "believe", "remember", "understand", "okay", "ok",
                     "fine", "alright", "well", "happy", "safe", "coping", "good"}
# "grounding tips won't fix wanting to be dead": a remedy just after the negator is what is
# denied, not the wish ("i'd never fix anything by ending my life" still denies).
DENIED_REMEDIES = {("fix",), ("fixes",), ("cure",), ("solve",), ("change",), ("erase",), ("help",), ("heal",),
                   ("take", "away"), ("make", "go", "away")}
FRAMED = re.compile(
    r"\b(?:no|not|never|without|zero) (?:an? )?(?:overdose|pills|drugs|suicidal|self harm|cutting|urges?|thoughts of)\b"
    r"|\b(?:died|passed away|passed) (?:of|from) (?:an? )?(?:overdose|suicide)\b"
    r"|\b(?:in|on|from|of) (?:the )?(?:movie|film|book|novel|show|series|episode|song|game|anime)\b"
    r"|\b(?:didn't|did not|haven't|have not|never) relapsed?\b|\b\d+ days (?:clean|sober|free|today)\b"
    r"|\bno one(?:'s| is)\b|\bnobody(?:'s| is)\b"
    r"|\b(?:that|this|the|last night's) (?:episode|film|movie|book|show|song|chapter|scene|series)\b"
    r"|\b(?:breaking bad|euphoria|13 reasons why|netflix|hbo|hamlet|shakespeare|romeo and juliet)\b"
    r"|\b(?:revising|essay|english exam|literature class|first aid (?:class|course)|training course)\b"
    r"|\b(?:pharmacology|toxicology|nursing|medical|pharmacy|paramedic) (?:exam|class|lecture|module|course|degree|student|revision|textbook)\b"
)
_NEGATOR_WORD = re.compile(r"\b(?:not|never|no|nobody|none)\b|n't")
# The same words inside a pattern's own source, where "\\bnot" has no word boundary.
# A word boundary before the negator ("\\bnobody would miss me") counts too: without it such
# patterns were read as negated by their own words and never fired.
FRAME_MARK = "(?#frame)"
_PATTERN_NEGATES = re.compile(r"(?:^|[^a-z]|\\b)(?:not|never|no|nobody|none)(?:[^a-z]|$)|n't")


@lru_cache(maxsize=None)
def _pattern_negates(pattern: str) -> bool:
    """Whether a pattern spells a negation itself; read once per pattern, not per message."""
    # "(?#frame)": the match opens with a framing clause ("every time i break no contact
    # i carve a line"), whose own "no" denies nothing of the act.
    return bool(_PATTERN_NEGATES.search(pattern)) or FRAME_MARK in pattern
CLAUSE_BREAK = re.compile(r"[.!?;,:]|\b(?:but|and|though|although|however|yet|except|until|so|because|then)\b")
PAST = re.compile(
    r"\b(?:used to|use to|years ago|months ago|a long time ago|long ago|back then|in the past|"
    r"as a (?:kid|child|teen|teenager)|when i was (?:a |younger|little|young|in )|in high school|"
    r"in (?:19|20)\d\d|back in|(?<!home )(?<!back )(?<!here )(?<!there )(?<!up )(?<!off )(?<!out )(?<!leave )(?<!leaves )(?<!leaving )(?<!finish )(?<!finishes )(?<!work )(?<!start )(?<!starts )(?<!be )(?<!arrive )(?<!arrives )(?<!land )(?<!lands )(?<!wake )(?<!me )(?<!him )(?<!her )(?<!them )(?<!us )(?<!close )(?<!closes )(?<!open )(?<!opens )(?<!in )(?<!due )(?<!ends )(?<!finished )at \d+(?! ?(?:am|pm|a m|p m|o'?clock|:|ish|\.\d|\. \d|%|mg|kg|miles|mph|minutes|mins|hours|hrs|percent)\b)|at (?:fifteen|sixteen|seventeen|fourteen|thirteen)|(?:hit|beat|kicked|threw|hurt|touched|abused|raped|molested|locked|left|sent) (?:me|us)(?: out| away| in| up)? at 1[1-9](?! ?(?:am|pm|a m|p m|o'?clock|:|ish|\.|%|mg|minutes|mins|hours|hrs)\b)(?![^.!?]*\b(?:tonight|last night|today|this morning|again|now|when (?:he|she|they) (?:got|came|get|come)|got home|came home|with the baby)\b)|"
    r"my (?:teens|teenage years|twenties)|once upon|previously|in my last relationship|"
    r"my ex used|growing up|as a student|(?<!over the )(?<!in the )(?<!during the )(?<!this )last year|\d+ years? (?:ago|back)|"
    r"when (?:he|she|they|we) (?:was|were) (?:a |young|little|younger|small|in |kids)|"
    r"during (?:my|that|those|our) \w+|during the (?:pandemic|lockdown|war|marriage|relationship|divorce|\d+s)|(?:went through|had|going through) a (?:stage|phase|period|time)|"
    r"after we (?:split|broke up|separated|divorced)|in (?:college|uni|university|school)|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|some) (?:years|months) ago|"
    r"back in the day|at the time|for a (?:while|year|few years) after|when i was \d+|"
    r"(?:a|one|two|over a) decades? ago|(?:he|she|they) once|\d+ years since|(?:years|months) since i|"
    r"last (?:winter|summer|spring|autumn|fall|month)|ages ago|that was (?:ages|years|a long time) ago|"
    r"there was a time|back when (?:i|we) (?:was|were)|back when (?:he|she|they) |(?<!at )(?<!all )(?<!more than )\bonce(?= *(?:[,.;!]|$|and |but |when |years))|when i was with (?:my ex|(?:him|her|them)(?= *(?:[,.;!?]|$|i |for (?:years|months|\d+)|all those)))|before i left (?:him|her|them)|"
    r"that was (?:in )?(?:19|20)\d\d)\b"
)
RESOLVED = re.compile(
    r"\b(?:i(?:'m| am| be)? (?:safe|okay|ok|fine|better|doing (?:well|better|good|great|ok|okay)|"
    r"in a good place|happy|healing|good|healthy|sober|clean|stable) (?:now|these days|today)|"
    r"(?:i've|i have|i be|been) (?:been )?(?:clean|sober|safe|free|fine|okay|ok|recovered|out)|"
    r"(?:in|into) recovery|recovered|left (?:him|her|them|that relationship|for good)(?! (?:in|on|at|under|inside|with|for|out|there|where|by|next|behind|lying|somewhere)\b)|"
    r"got out|escaped|moved out|no longer|not anymore|(?:we |i )?laugh about it(?: now)?|(?:i'm|i am|i be) not (?:there|with (?:him|her|them)) anymore|"
    r"haven't (?:since|in (?:years|months|ages|a long time))|haven't (?:self harmed|cut|used|drunk|relapsed|hurt myself|done it|touched (?:a|any|drugs|alcohol|a drink)|had (?:a|any) \w+) (?:in|for|since)|"
    r"years? (?:clean|sober|free)|(?:clean|sober) (?:for|since)|therapy helped|long behind me|"
    r"behind me now|over it|safe now|years ago|as a (?:kid|teen|teenager)|when i was (?:a kid|young|little|younger)|"
    r"got (?:treatment|help|support|therapy)|(?:am|i'm|i am) on (?:medication|meds|antidepressants)|"
    r"feel like myself again|(?:stable|well|sober|clean) now|it gets better|ever since|"
    r"haven't (?:heard from|seen|spoken to|talked to) (?:him|her|them)|faded|moved (?:abroad|away|on)|"
    r"(?:she|he|they) (?:is|are) \d+ now|\d+ (?:years|months) (?:clean|sober|free)|"
    r"(?:years|months) (?:clean|sober|free)|have my own (?:flat|place|home|apartment)|"
    r"(?<!thinks i am )(?<!think i am )(?<!says i am )(?<!say i am )(?<!said i am )(?<!thought i am )(?<!believes i am )doing (?:(?:much|so much|a lot|way|far|loads) )?(?:well|great|good|better)|survived|i(?: am|'m) \d+ now|want to volunteer|"
    r"finished my first|proud of myself|i (?:don't|do not) anymore|"
    r"i am (?:now )?in a (?:much |way |far |really )?(?:better|good|great|happier|safer|healthier) place|"
    r"(?<!not )(?<!never )(?:grateful|glad|happy|thankful|lucky) (?:to be|i'm|i am|that i'm|that i am) (?:still )?(?:here|alive)|"
    r"(?:don't|do not|no longer) feel (?:that way|like that)|rebuilt my life|no urges (?:lately|in (?:months|years|ages|a long time)|for (?:months|years))(?![^.!?]*\b(?:but|until|till|now|again|tonight)\b)|"
    r"(?:she|he|they|my (?:son|daughter|kids?|baby|child|children|boy|girl)) (?:is|are|'s) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen) now|"
    r"i(?:'m| am) (?:really |very |so |doing )?(?:well|great|happy|thriving)(?= now| these days|\s*[.!,]|\s*$)|"
    r"(?:he|she|they)(?:'s| is| are) in (?:prison|jail)(?! but| until| for now))"
)
PAST_TENSE = re.compile(
    r"\b(?:was|were|had|did|used to|went|got|spent|felt|thought|tried|wanted|became|lost|"
    r"struggled|attempted|relapsed|stalked|threatened)\b"
)
PRESENT = re.compile(
    r"\b(?:right now|rn|just now|tonight|(?<!grateful )(?<!thankful )(?<!happy )(?<!proud )today(?! would)|again|currently|(?<!was )(?<!were )still|at the moment|this morning|this (?:evening|afternoon)|earlier (?:today|tonight)|"
    r"last night|yesterday|just now|this week|last week|last weekend|the other day|(?:a few|a couple of|couple of|two|three|few) days ago|days ago|keeps?|every (?:day|night)|anymore i want|lately|(?:just )?a bad (?:week|day|night)|"
    r"these days i want|is back|are back|came back|coming back|started again|"
    r"(?:i am|am|is|are) (?:so |really |very )?(?:scared|afraid|terrified|going to|about to|planning)|"
    # "he's started choking me when we fight, which he never used to do"
    r"(?:has |have |'s |'ve )?(?:started|begun) \w+ing|when (?:we|he|she|they) (?:fight|argue|row)|"
    r"more (?:often|and more) now|now (?:he|she|they) (?:\w+s)|"
    r"(?:i have|i've) been (?:awake|up|using|drinking|high|bingeing|on \w+) (?:for|since)|"
    r"(?:is|are|am) \w+ing)\b"
)


@dataclass(frozen=True)
class RuleHit:
    category: str
    pattern: str
    span: str


@lru_cache(maxsize=1)
def _nlp():  # the project's own pipeline; built by `make` (tools/build_spacy.py)
    import spacy

    from bondwise.tools.build_spacy import DEFAULT_OUT

    if DEFAULT_OUT.exists():
        return spacy.load(DEFAULT_OUT)
    from bondwise.tools.build_spacy import build_pipeline

    return build_pipeline()


# Most messages hold no idiom: the literals tell which idioms could be there at all.
IDIOM_INDEX = LiteralIndex(IDIOMS)


def _cut_idiom(match: "re.Match[str]") -> str:
    """The idiom's words become "~". A pattern with a group named `idiom` cuts only that
    group, so the context it reads ("...for a headache") stays for the other rules."""
    if "idiom" not in match.re.groupindex or match.start("idiom") < 0:
        return " ~ "
    whole, start, end = match.group(0), match.start("idiom") - match.start(), match.end("idiom") - match.start()
    return whole[:start] + " ~ " + whole[end:]


def strip_idioms(text: str) -> str:
    possible = IDIOM_INDEX.candidates(IDIOM_INDEX.literals.found_in(text))
    start = 0
    while start < len(possible):
        i = possible[start]
        stripped = IDIOMS[i].sub(_cut_idiom, text)
        start += 1
        if stripped != text:
            # In order, as before; what is left may now hold other idioms' literals.
            text = stripped
            possible = [j for j in IDIOM_INDEX.candidates(IDIOM_INDEX.literals.found_in(text)) if j > i]
            start = 0
    return text


# "not going to lie, i cut again" ("ngl"): the "not" belongs to the aside.
NOT_LYING = re.compile(r"\b(?:not|n't|never) (?:going to|gonna|gon na) lie\b|\b(?:won't|can't|cannot) lie\b")


def _negated(prefix: str) -> bool:
    clause = CLAUSE_BREAK.split(NOT_LYING.sub(" ", prefix))[-1]
    words = clause.replace("n't", " n't").split()[-5:]
    for i, word in enumerate(words):
        if word == "not" and i > 0 and words[i - 1] == "or":
            continue  # "trauma bond or not, he strangled me": the "not" negates the aside
        if word in NEGATORS:
            if tuple(words[i + 1:]) in DENIED_REMEDIES:
                continue
            if not any(w in NEGATION_BREAKERS for w in words[i + 1:]):
                return True
    return False


SPEECH_VERBS = {"says", "said", "say", "goes", "went", "sings", "sang", "yells", "yelled", "screams", "screamed",
                "whispers", "whispered", "shouts", "shouted", "like", "writes", "wrote", "asks", "asked"}


OPENING_QUOTE = re.compile(r"(?:^|\s)[\"']")
NOW_WORDS = re.compile(r"\b(?:tonight|today|now|right now|rn)\b")


def _opening_quote(view: str, start: int, end: int) -> Optional["re.Match[str]"]:
    """The quote mark that opens before the span and closes after it, if any (a quote
    opens after a space, so the apostrophe of "don't" is not one)."""
    openings = list(OPENING_QUOTE.finditer(view, 0, start))
    if not openings:
        return None
    opener = openings[-1]
    # A closing mark is not followed by a letter ("my mum's" is no closer).
    closer = re.compile(re.escape(view[opener.end() - 1]) + r"(?![a-z])")
    if closer.search(view, opener.end(), start) or not closer.search(view, end):
        return None
    return opener


# Quoted stretches, to read what the writer says outside them.
_QUOTED = re.compile(r"(?:^|(?<=[\s(]))['\"][^'\"]*['\"]")


CLIENT_SPEAKS = re.compile(
    r"\b(?:clients?|patients?|service users?|callers?|pupils?|students?|kids?|child|residents?)\b[^'\"]{0,40}?"
    r"\b(?:said|says|say|told me|tell me|tells me|keeps? saying|kept saying|saying|goes|go|put it|minimi[sz]es|minimi[sz]ed|wrote|writes)\b\W*$"
    r"|\b(?:clients?|patients?) (?:who )?(?:minimi[sz]es?|minimi[sz]ed|describes?|described) [^'\"]{0,40}$")


def _client_quoted(view: str, start: int, end: int) -> bool:
    opener = _opening_quote(view, start, end)
    return opener is not None and bool(CLIENT_SPEAKS.search(view[: opener.start() + 1].rstrip("'\" ")))


def _inside_quotes(view: str, start: int, end: int) -> bool:
    return _opening_quote(view, start, end) is not None


def _quoted_in_story(view: str, start: int, end: int) -> bool:
    """The match is inside a pair of quotes that a story word introduces and the writer
    does not speak: "the villain in my dnd campaign says 'i'll burn this village'"."""
    quote = _opening_quote(view, start, end)
    if quote is None:
        return False
    lead_in = view[: quote.start()]
    return bool(FICTION.search(lead_in)) and not re.search(r"\b(?:i|i'm|i've|me)\b", lead_in) \
        and not NOW_WORDS.search(view)


def _writer_just_before(view: str, start: int) -> bool:
    """The writer is the subject of the words right before a match: "...now i want to die"."""
    before = view[:start]
    if _inside_quotes(view, start, start):
        return False  # inside a quote: the words are someone else's
    found = re.search(r"(\w+\W+)?\b(?:i|i'm|i've|i'd|i'll|i be|me|myself)\b(?:\W+\w+){0,2}\W*$", before)
    # "...the guy says i want to die": reported words, not the writer's.
    return bool(found) and (found.group(1) or "").strip(" ,:") not in SPEECH_VERBS


def _self_subject(text: str) -> bool:
    return bool(re.search(r"\b(?:i|i'm|me|myself)\b", text))


RELAPSE = re.compile(
    r"(?<!used to )(?<!didn't )(?<!never )(?<!haven't )\b(?:relapsed|relapsing|back to it|started again|"
    r"again tonight|using again|picked it (?:back )?up|did it again|doing it again|back at it)\b"
)
# "...he beat me. he is dead now 20 years": the one who did it has died. Over for abuse
# only: a death is no resolution of grief, drinking or a wish to die.
ABUSER_DEAD = re.compile(
    r"\b(?P<who>he|she|my (?:ex|father|dad|stepdad|stepfather|mother|mum|mom|husband|ex husband|first husband|abuser))"
    r"(?:(?:'s| is| has been| is been| has| had been) (?:long )?dead(?! to me)|(?: died| passed away)(?! (?:on|in front of) me))\b")


def _abuser_dead(sentence: str, later: str) -> bool:
    """The one who died is the one the sentence names: "he beat me. he's dead now", not
    "my ex beat me... my dad died last year"."""
    # "my ex husband died" is looked for as "my ex", as the sentence may name him so.
    return any(re.search(r"\b" + re.escape(" ".join(match.group("who").split()[:2])) + r"\b", sentence)
               for match in ABUSER_DEAD.finditer(later))


STARTED_AGAIN = re.compile(
    r"(?<!n't )(?<!not )(?<!never )\b(?:started|begun|began|gone back to|went back to) (?:\w+ing )?(?:it|that|them|cutting|using|drinking|saving|hoarding|stockpiling|"
    r"hurting|burning|taking|doing it|self harm\w*|the pills|pills|tablets)\b[^.!?]*\bagain\b|\bstarted again\b|"
    r"\b(?:saving|hoarding|stockpiling|collecting) (?:them|pills|tablets|it|my \w+) (?:up )?again\b")
# Said of the event itself: over whatever else happened today.
RESOLVED_STRONG = re.compile(
    r"\b(?:survived|in recovery|recovered from|years? (?:clean|sober|free)|safe now|"
    r"(?:a|one|two|over a) decades? ago|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|many|several) years ago|"
    r"(?:years|months) since i (?:stopped|quit) (?:self harm\w*|harming|cutting|hurting myself|burning|using|drinking)\b|volunteer|was lucky|lucky to be alive|"
    r"(?<!even after the )(?<!even after a )(?<!despite the )(?<!despite a )(?<!even with the )(?<!even with a )(?<!ignoring the )(?<!ignores the )(?<!ignored the )(?<!breaking the )(?<!breaks the )(?<!broke the )(?<!violating the )(?<!violated the )(?<!violates the )(?<!breaching the )(?<!breached the )(?<!breaches the )restraining order(?! (?:didn't|doesn't|does not|did not|won't|hasn't|isn't|means nothing|is useless))(?![^.!?]*\b(?:but|ignor\w*|break\w*|broke|violat\w*|breach\w*|keeps|kept|turn\w* up|show\w* up|anyway|still|outside|threat\w*|is \w+ing|has been|texting|calling|messaging|following|said he will|says he will)\b)|leaves me alone|moved (?:states|away|abroad|countries))\b"
)


# "five years ago he started hitting me and he still does": begun in the past, not over.
STILL_GOING_ON = re.compile(
    r"\b(?:still (?:do|does|is|are|am|happening|hits?|hurts?|hurting|hitting|doing|going on|threatens?)|"
    r"and (?:he|she|they) still|to this day|(?:never|hasn't|has not|haven't|have not) stopped|"
    r"(?:it|this|that) (?:keeps|kept) happening|(?:is|are) getting worse|again (?:today|tonight|now|this week)|"
    r"(?:can't|cannot|can not) stop|tonight|last night|this morning|(?<!grateful )(?<!thankful )(?<!happy )(?<!proud )today(?! would| is (?:his|her|their) (?:birthday|anniversary))|gets out|got out today|released|"
    r"when (?:he|she|they) (?:is|are|gets?) out|this week|right now|most recently|the other (?:night|day)|"
    r"(?:\d+|two|three|four|five|a few|a couple of|couple of) (?:nights|days) ago|yesterday|last week|last weekend|"
    r"(?:found|find|finds|tracked|worked|figured) (?:out )?(?:where (?:i|we) (?:live|am|are|work|moved|stay)|(?:me|us) down)|"
    r"still (?:think|thinking|want|wanting|get|getting|have|having) (?:about |urges |thoughts )?(?:of |to )?(?:killing|ending|dying|die|kill|cutting|cut|hurting|hurt|end|using|use|doing it)|"
    r"(?:it's|it is|they're|they are|the (?:thoughts|urges|feelings?) (?:are|is)) back)\b")


# Someone who has died, remembered: "my cousin od'd in 2019, today would be his bday".
REMEMBERED = re.compile(
    r"\b(?:would (?:have )?(?:been|be|turned) (?:his|her|their) (?:\d+\w* )?(?:birthday|anniversary)|"
    r"would have (?:been|turned) \d+|rest in peace)\b")


# The next sentence dating what came before: "i overdosed after he left. that was eleven years ago".
BACK_REFERENCE = re.compile(
    r"^\W*(?:and )?(?:that|this|all that|all of that|all of this) (?:was|happened|is|has been|was all) (?:in (?:19|20)\d\d|"
    r"(?:\w+ ){1,3}(?:years|decades) ago|ages ago|a long time ago|years back|long ago|over for (?:\w+ ){0,2}(?:years|a decade))\b")
# A past event in the sentence itself: a past tense, or "the nights i'd hide".
PAST_EVENT = re.compile(PAST_TENSE.pattern + r"|\b(?:overdosed|od'd|burned|burnt|took|hid|punched|choked|dumped|"
                        r"swallowed|drank|woke)\b|\b(?:nights|days|times|evenings) (?:i|he|she) would\b")
# "...i relapsed on cocaine. that was 2020. i have been clean since": a dated relapse.
CLEAN_SINCE = re.compile(r"\b(?:clean|sober|dry) (?:ever )?since\b(?! (?:yesterday|this morning|last night|today))")


# "...doing so much better now", "now i volunteer at a helpline": now, and well.
RESOLVED_NOW = re.compile(r"\b(?:\w+ )?(?:better|well|good|great|fine|safe|happy|ok|okay|sober|clean|free|stable) now\b|"
                          r"\bnow i (?:do|volunteer|work|help|am (?:safe|happy|sober|clean|fine|ok|okay|better|well|stable))\b")
SPEAKS_OF_NOW = re.compile(r"\b(?:now|tonight|today|right now|rn|again|(?<!didn't )(?<!did not )want to|wanna|going to|gonna|about to|urges?|craving)\b")


# After a dated past, words that bring it back: "...he's done it loads since", "the urge".
BRINGS_IT_BACK = re.compile(
    r"\b(?:not for long|again|since|more|new|urges?|miss it|miss doing|saving|stash|found (?:me|my)|keeps?|still|"
    r"(?:\d+|two|three|four|five|six|a few|several) times)\b|\b(?:going to|gonna|about to|want to|wanna|need to|want|wanted|craving) "
    r"(?:to )?(?:do it|die|kill|hurt|cut|use|drink|take|overdose|end|go back|so bad)\b")
GENERIC_PRESENT = re.compile(r"(?:is|are|am) \w+ing")


def _present_beyond_ing(text: str) -> bool:
    """A present marker other than a plain "-ing" ("i am writing the eulogy" is not now)."""
    return any(not GENERIC_PRESENT.fullmatch(m.group(0)) for m in PRESENT.finditer(text))


# After a survived past, the same act said to go on: "...i'm still doing it every night".
IT_GOES_ON = re.compile(r"\b(?:still|keep|keeps) (?:doing|do|does) (?:it|that|this)\b|\bstill (?:happens|happening)\b")


def _later_quiet(later: str) -> bool:
    """Nothing after the sentence says it goes on, or that something happens now."""
    return not (STILL_GOING_ON.search(later) or RELAPSE.search(later) or NOW_WORDS.search(later)
                or BRINGS_IT_BACK.search(later) or _present_beyond_ing(later))


# "i used to think about it every day when i was with him": "every day" inside a clause
# the writer dates as a past habit. Not after "since", "now" or "still" anywhere in the
# sentence, and not across "and"/"but" ("my ex used to hit me and my husband hits me
# every night").
PAST_HABIT = re.compile(r"(\b(?:used to|when i was (?:\d+|a kid|a child|a teen|a teenager|younger|little|at school))\b"
                        r"(?:(?!\b(?:and|but|or|while|now)\b)[^.!?,;])*?)\bevery (?:day|night)\b")
HABIT_GOES_ON = re.compile(r"\b(?:since|now|still|anymore|these days|again|every (?:day|night) since)\b")


def _past_habit_removed(sentence: str) -> str:
    if HABIT_GOES_ON.search(sentence):
        return sentence
    return PAST_HABIT.sub(r"\1", sentence)


def _resolved_past(category: str, sentence: str, message: str) -> bool:
    """A past event that is over: "my ex used to hit me, i left in 2019"."""
    later = message.split(sentence, 1)[1] if sentence and sentence in message else ""
    if (category == SUBSTANCE_CRISIS and PAST.search(sentence) and CLEAN_SINCE.search(later)
            and not STILL_GOING_ON.search(sentence) and not NOW_WORDS.search(sentence)
            and not re.search(r"\b(?:again|going to|gonna|want to)\b", sentence) and _later_quiet(CLEAN_SINCE.sub(" ", later))):
        return True
    if (category == SUBSTANCE_CRISIS and REMEMBERED.search(sentence) and not _self_subject(sentence)
            and not STILL_GOING_ON.search(sentence.replace("today would", "")) and not RELAPSE.search(sentence)):
        return True
    if RELAPSE.search(sentence):
        return False
    if STILL_GOING_ON.search(sentence):
        return False
    # ...but a date does not outweigh "now", "again" or a wish in the same sentence
    # ("i tried to kill myself two years ago and now i want to try again").
    if ((RESOLVED_STRONG.search(sentence) or (RESOLVED_STRONG.search(message) and PAST.search(sentence)))
            and not IT_GOES_ON.search(later)
            and not SPEAKS_OF_NOW.search(RESOLVED.sub(" ", RESOLVED_STRONG.sub(" ", RESOLVED_NOW.sub(" ", sentence))))):
        return True
    if (BACK_REFERENCE.search(later) and PAST_EVENT.search(sentence) and not PRESENT.search(sentence)
            and not NOW_WORDS.search(sentence) and _later_quiet(later) and RESOLVED.search(later)):
        return True
    if PRESENT.search(_past_habit_removed(sentence)):
        return False
    if (category == ABUSE_DANGER and _abuser_dead(sentence, later) and PAST_TENSE.search(sentence)
            and not NOW_WORDS.search(later.replace("dead now", "dead")) and not STILL_GOING_ON.search(later)):
        return True
    if not PAST.search(sentence):
        # A past-tense story ("i was scared i'd hurt my baby") that the message
        # itself says is over ("she's 6 now, i got treatment").
        return bool(PAST_TENSE.search(sentence) and RESOLVED.search(message))
    # Abuse and anger that belong to a past relationship are over unless something
    # says they are happening now; what someone else went through in the past is
    # not a crisis of the person writing; self-directed risk needs a clear sign
    # that it is over.
    if category in (ABUSE_DANGER, HARM_OTHERS) or not _self_subject(sentence):
        return True
    # "...my therapist thinks i'm doing better but i've started saving them up again".
    return bool(RESOLVED.search(message)) and not (RELAPSE.search(later) or STARTED_AGAIN.search(later))


# Categories whose patterns describe the writer unless the pattern names someone else.
SELF_DIRECTED = (SUICIDE, SELF_HARM, SUBSTANCE_CRISIS)
# "what are the warning signs that someone is thinking about suicide?": a question
# about other people in general. A bare "what's the point of staying alive?" is not.
GENERAL_QUESTION = re.compile(
    r"\b(?:someone|somebody|people|a person|teens|teenagers|kids|anyone|others|"
    r"a friend|loved ones?|men|women|survivors|victims|students|patients|a patient|a client|clients|a student)\b"
)
# "what's the difference between self harm and a suicide attempt?": about the terms.
TOPIC_QUESTION = re.compile(
    r"\b(?:(?:what's|what is|whats) the difference between|risk assessment|in terms of risk)\b")
# ...but not a question about an experience: "the difference between wanting to die and...".
EXPERIENCE_WORDS = re.compile(r"\b(?:want|wanting|wanna|urges?|yourself|feel|feeling|thoughts?|getting|been|too many|how many|enough)\b")
# A writer also speaks as "we" and "mine": "...? we both cut", "mine are getting worse".
WRITER_WORDS = re.compile(r"\b(?:i|i'm|me|my|myself|mine|we|us|our|ours)\b")
# "for my nursing exam": the writer's course, not the writer's life ("my dbt class" is therapy).
STUDY = re.compile(
    r"\bfor (?:my|our|a) (?:(?!therapy|dbt|cbt|safety|recovery|treatment|group|support|counsel)[\w']+ ){0,2}?"
    r"(?:exam|exams|essay|course|class|assignment|module|degree|placement|dissertation|"
    r"thesis|coursework|revision|training|presentation|project|paper|homework|seminar|lecture|"
    r"orientation|induction|workshop|leaflet|newsletter|poster|info (?:pack|sheet|session)|briefing)\b")
# "what are the signs of alcohol poisoning? putting together info for an orientation":
# read as a question about the terms only when the message gives such a purpose.
EMERGENCY_NOW = re.compile(r"\b(?:won't wake|will not wake|not breathing|passed out|unconscious|right now|rn|now|tonight|blue lips|can't wake|cannot wake)\b")
SIGNS_QUESTION = re.compile(r"\bwhat (?:are|is|'s) the (?:warning |early |first |main )?(?:signs|symptoms) of\b")
# "what should you do if someone won't wake up?": first-aid questions, not events.
HYPOTHETICAL = re.compile(
    r"\b(?:what (?:to|should|do|would) (?:you |i |we |one )?(?:do|say) (?:if|when)|if someone|in case someone|"
    r"if a (?:young person|friend|client|student|patient|teen)|"
    r"how (?:to|do you|do i|can i|would you) help (?:someone|a friend|a person|somebody))\b"
)
# "i'm a nurse and i see overdoses at work": a professional talking about work. Only
# when the sentence is about work and says nothing of the writer's own risk: nurses,
# carers and police are at risk themselves ("i'm a nurse and i want to die").
PROFESSIONAL = re.compile(
    r"\b(?:i(?:'m| am| was)|as|i work as|i worked as) an? (?:new |trainee |student |school |hospital |psychiatric |mental health |er |a ?& ?e |icu |retired |hospice |peer )?"
    r"(?:youth worker|nurse|teacher|counsell?or|volunteer|pharmacist|paramedic|doctor|gp|social worker|"
    r"therapist|psychologist|midwife|support worker|police officer|pharmacy technician|psychiatrist|"
    r"crisis worker|helpline volunteer|peer supporter|peer support worker|chaplain|pastor|priest|"
    r"hospice volunteer|first aider|lifeguard|care worker|emt)\b"
    r"|\bi work (?:in|at|on) (?:an? |the )?(?:a ?& ?e|er|icu|ed|emergency department|emergency room|hospital|pharmacy|rehab|detox|shelter|refuge|ward|clinic|mental health|addiction services|hospice|ambulance service)\b"
    # "paramedic here, just venting: ...": the role as a sign-off at the start.
    r"|^(?:an? )?(?:er |a ?& ?e |icu |school |hospice |mental health )?(?:nurse|therapist|paramedic|doctor|gp|social worker|counsell?or|psychologist|"
    r"psychiatrist|pharmacist|midwife|support worker|youth worker|crisis worker|teacher|emt)s? here\b"
    r"")
WORK_CONTEXT = re.compile(
    r"\b(?:patients?|clients?|residents?|service users?|students|pupils|at work|on shift|shifts?|ward|a ?& ?e|ed|er|"
    r"clinic|pharmacy|callers?|cases|at (?:my|the|our) (?:school|hospital|hospice|church|parish)|parishioners|"
    r"congregation|emergency (?:department|room)|when someone (?:tells|says)|customers|leaflets?|get asked about|people ask me about|"
    r"supervision|caseload|crew|debrief|on call|call ?outs?|we lost (?:a|an|the) (?:lad|man|woman|girl|boy|patient|kid))\b")
FIRST_PERSON_RISK = re.compile(
    r"\bi (?:want|wanna|am going to|will|would|have been|can't|cannot|keep|took|take|feel|need|plan|might|could|"
    r"am thinking|think about|wish|tried|have tried|stole|steal|got|have got)\b|\b(?:i've|i have) (?:got|been|a)\b|\bbeen \w+ing\b")


# "my mother says i am trying to poison her": an accusation reported, not an intent.
ACCUSED = re.compile(
    r"\b(?:she|he|they|my \w+)(?: \w+)? (?:says|said|say|thinks|think|thought|claims|claimed|believes|believe|"
    r"insists|accuses me of|accused me of|tells (?:people|everyone|the nurse|the doctor)) (?:that )?$")


# "...and honestly she's right, i nearly did": the writer owns the accusation.
ACCUSATION_OWNED = re.compile(
    r"\b(?:(?:she|he|they)(?:'s| is| are| be) right|i will|i do|i might|nearly|almost|knife|gun|plan|tonight)\b")


# The writer speaking of themselves, outside the role ("nurse here. ... i'm cutting again").
WRITER_SPEAKS = re.compile(
    r"\b(?:i'm|im|i am|i've been|i have been|i was|i were|myself|so do i|me too|that's me|thats me|that is me|mine|"
    r"i (?:sat|feel|felt|keep|kept|cut|cried|can't|cannot|don't want|dont want|want to|wanna|wish|tried|took|take|need|plan|might|will|would))\b")


def _own_words(sentence: str) -> str:
    """The sentence without its quotes and without the writer's role ("nurse here")."""
    return PROFESSIONAL.sub(" ", _QUOTED.sub(" ", sentence))


def _professional(sentence: str, match: str, message: str) -> bool:
    # The role may be said in an earlier sentence ("i'm an er nurse. we had two
    # overdoses tonight"); the writer's own risk in the sentence or match still counts.
    context = sentence if PROFESSIONAL.search(sentence) else message
    return bool(PROFESSIONAL.search(context) and WORK_CONTEXT.search(context)
                and not FIRST_PERSON_RISK.search(sentence)
                and not WRITER_SPEAKS.search(_own_words(sentence))
                and not RECENT.search(sentence)
                and not re.search(r"\b(?:me|my|myself)\b|\bi (?:overdosed|overdose|took|have taken|swallowed|cut|hurt)\b", match))


# A figure of speech the message itself calls one: "i said 'i'm going to kill myself' as a
# joke when i spilled coffee", "she meant her car broke down". Never for abuse: "he said
# he was only joking" is how the person hurting someone talks about it.
JOKED = re.compile(
    r"\b(?:as a joke|i (?:was|am|'m) (?:only |just )?joking|only joking|just joking|jokingly|just kidding|jk)\b|\( ?joking\b")
JOKE_DOUBTED = re.compile(
    r"\b(?:but|though|except|honestly|actually|half|part of me|kind of|kinda|sort of|sorta|lowkey|not really|unless|mostly|maybe|idk|"
    r"ngl|tbh|to be honest|not going to lie|i don.t know|i am serious|i mean it|i wish|or am i|or not|i'm not|im not|i am not|i really do|i do|not|for real|fr|seriously|i'm serious|im serious|"
    r"deadass|srsly|no joke|not (?:jk|joking|kidding|a joke)|"
    # The joke as cover: "...jk so no one worries", "i say it jokingly to hide it".
    r"so (?:no one|nobody|noone|people|she|he|they|my \w+) (?:\w+ )?(?:worr\w+|freak\w*|knows?|notices?|asks?|panics?)|"
    r"to hide|when i say|about being)\b|\?")
# ...and in the sentence that follows it: "...jk. i mean it", "...lol jk. or am i".
JOKE_DOUBTED_NEXT = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:i mean it|i am serious|i'm serious|im serious|or am i|or not|i really do|i do mean it|not really|unless|"
    r"to be honest|not going to lie|no joke|not (?:jk|joking|kidding|a joke)|for real|fr|seriously|deadass|srsly|i wish)\b")
# A joke cannot take back a plan, a dose, a time or an act already done.
JOKE_CANNOT_UNSAY = re.compile(
    r"(?<!kill me )\bnow\b|\b(?:tonight|today|right now|rn|took|taken|swallowed|pills|tablets|rope|bridge|knife|blade|gun|plan|planning|planned|note|goodbye|"
    r"again|already|did it|i did|for (?:months|weeks|years)|always|every (?:day|night)|keep|kept|still)\b|\b\d+ (?:pills|tablets|mg)\b")
# "...not kidding jk", "...for real lol jk": the joke is taken back before it is made.
JOKE_UNDONE = re.compile(r"\b(?:not (?:jk|joking|kidding|a joke)|no joke|for real|fr|seriously|deadass|srsly)\b")
JOKE_DENIED = re.compile(r"(?:\b(?:not|dont|no|never)|n't)\W+(?:\w+\W+){0,3}$")
JOKE_EXCUSED = re.compile(
    r"\b(?!i\b)(?:he|she|they|\w+) (?:says?|said|claims?|claimed|swears?|swore|insists?|insisted|thinks?|thought|keeps? saying|kept saying|"
    r"tells? me|told (?:me|everyone|people)|goes|went|is like|was like|treats?|treated|takes?|took|laughs?|laughed|acts?|acted|assumes?|assumed)\b"
    r"(?:\W+\w+){0,4}?\W+(?:joking|kidding|a joke|jk)\b")
# Between the words and the joke that takes them back, only a few words, and none that
# bring in someone else ("...and my mum is like jk", "...everyone treats it as a joke").
JOKE_GAP_WORDS = 4
JOKE_GAP_OTHERS = re.compile(
    r"\b(?:he|she|they|them|him|her|my|mum|mom|dad|people|everyone|everybody|nobody|friends?|sister|brother|bf|gf|therapist|you|"
    r"told|tell|tells|say|says|said|treat|treats|take|takes|act|acts|like|goes|thinks?|thought)\b")


# "...would talking to you even help?": the question is put to us, about the writer.
ADDRESSES_US = re.compile(r"\b(?:talking to you|talk to you|can you help|would you help|you even help)\b")


def _joked(category: str, sentence: str, end: Optional[int], rest: str = "") -> bool:
    """The writer takes back, right after the match ending at `end`, what they said ("i
    said 'i'm going to kill myself' as a joke when i spilled coffee"): a "jk i'm fine"
    that comes first is often the opening of the real message. The joke words are read on
    the surface ("my mom just jokes" is not "just joking"); a doubt may follow in the
    rest of the message ("...jk. i mean it")."""
    if category not in (SUICIDE, SELF_HARM) or end is None:
        return False
    found = JOKED.search(sentence, end)
    if not found:
        return False
    gap = sentence[end:found.start()]
    after = sentence[found.end():]
    return len(re.findall(r"\w+", gap)) <= JOKE_GAP_WORDS and not JOKE_GAP_OTHERS.search(gap) \
        and not JOKE_EXCUSED.search(sentence) \
        and not JOKE_DENIED.search(sentence[:found.start()]) \
        and not JOKE_UNDONE.search(gap) \
        and not JOKE_DOUBTED.search(after) \
        and not JOKE_DOUBTED_NEXT.search(rest) \
        and not JOKE_CANNOT_UNSAY.search(sentence)


def _surface_end(view: str, parse: "SentenceParse", end: int) -> Optional[int]:
    """Where a match ending at `end` in a view ends in the surface sentence. The lemma
    view holds one lemma per token, so the token is found by counting spaces; a view
    changed by idioms has no such map and gets None."""
    if view == parse.text:
        return end
    if view != parse.lemmas or parse.token_ends is None or end <= 0:
        return None
    return parse.token_ends[view.count(" ", 0, end - 1)]


# Words quoted in research: "is it ethical to quote survivor testimony like 'he told me...'".
RESEARCH = re.compile(r"\b(?:thesis|dissertation|literature review|lit review|research paper)\b")
TESTIMONY = re.compile(r"\b(?:testimon\w*|participants?|interviewees?|transcripts?|survivors? (?:said|say|told|wrote))\b")


# Small children and pets take phones and hide keys: "my toddler keeps taking my phone".
# "i'm trauma bonded to my duolingo owl at this point, he threatens me daily": the "he" of a
# "(?#pronoun)" pattern is no person when the sentence names a harmless thing before it.
PRONOUN_MARK = "(?#pronoun)"
NON_HUMAN_BEFORE = re.compile(r"\b(?:duolingo|owl|the app|this app|my phone|my alarm|the game|my sourdough|my roomba|alexa|siri)\b")
HARMLESS_AGENT = re.compile(
    r"(?<!daddy )(?<!daddy's )\b(?:my|our|the) (?:toddler|baby|little one|puppy|kitten|dog|cat|parrot|\d year old|two year old|three year old)"
    r" (?:keeps |kept |always |just |has |loves )?$")


# A report of something that has just happened is not a professional's general talk.
RECENT = re.compile(r"\b(?:last night|an hour ago|hours ago|just now|still|right now|this morning|minutes ago)\b")
ASKING_FOR_ME = re.compile(
    r"\b(?:asking for (?:me|myself)|asking for a friend\W*(?:lol|lmao|haha|jk|wink|but not really|\(?not really)|just (?:wanted|needed|want|need) (?:someone|somebody|anyone|you) to know|"
    r"(?:wanted|needed|had) to tell (?:someone|somebody|anyone)|(?:it'?s|it is) for me|(?:bc|because|cos|cause|coz) i (?:just )?did(?: it)?(?: again| too)?\b(?= *(?:[.!?]|and|$))|not for (?:a|my) (?:school |uni |college )?(?:project|essay|assignment|story|book))\b")
# Patterns about the writer even when phrased about people in general (patterns.py).
SELF_MARK = "(?#self)"
# Preparation patterns (giving things away, a will, goodbye letters) that an everyday
# purpose in the message explains: a move, a charity shop, a retiring teacher, therapy
# homework. Unless the message also says the things won't be needed.
PREP_MARK = "(?#prep)"
BENIGN_PURPOSE = re.compile(
    r"\b(?:charity|charity shop|op shop|goodwill|oxfam|food ?bank|donat\w+|before (?:the|my|our) move|"
    r"mov(?:e|ing) (?:house|out|flat|abroad|countries|to|in|cities)|(?:i'm|we're|i am|we are) moving|"
    r"new (?:flat|house|place|city|job|home)|declutter\w*|spring clean\w*|clear(?:ing)? out (?:my|the)|"
    r"outgrown|too small|doesn't fit|upgrad\w+|(?:bought|got) (?:a|myself a) new|started lessons|"
    r"(?:is|he's|she's|they're|he is|she is|they are) (?:way |much )?more into|sell(?:ing)?|car boot|vinted|ebay|"
    r"marketplace|retir\w+|leaving do|last day (?:at|of)|(?:to|for) (?:my |our |the )?(?:co-?workers?|colleagues?|students|class|teacher)|"
    r"therapy (?:homework|exercise|task|assignment)|my (?:therapist|counsell?or|counselor|psychologist|psychiatrist) (?:asked|told|suggested|wants|recommended)(?: that)? (?:me|i) (?:to )?write\b|my (?:therapist|counsell?or|counselor|psychologist) suggested (?:it|this|that)|"
    r"(?:goodbye|farewell) letter to (?:my ex|him|her|my abuser|the relationship|my younger self|my old self|my eating disorder)|(?:that i|i'll|i will) (?:never|don't|do not|won't) send (?:it|the letter)?|"
    r"(?:i'll|i will|ill) never send|never going to send|"
    r"not sending|solicitor|lawyer|attorney|estate planning|holiday|vacation|"
    r"mortgage|life insurance|now that (?:i'm|i am|we're|we are) (?:a )?(?:parents?|mum|mom|dad|married|homeowners?)|"
    r"just had a baby|new baby|purely practical|adulting|executor|probate|power of attorney|felt (?:very |so )?grown ?up|marie kondo\w*|kondo'?d)\b")
RISK_PURPOSE = re.compile(
    r"\b(?:(?:won't|will not|wont|don't|do not) (?:be )?need|where i(?:'m| am) going|after i(?:'m| am) gone|when i(?:'m| am) gone|"
    r"(?:won't|will not|not) be (?:here|around)|anymore|any more|last time|forever|for good|"
    r"(?:i am|i'm|im) not (?:really |actually )?(?:upgrading|moving|selling|decluttering|going anywhere)|"
    r"(?:they|everyone|people|he|she|my \w+) (?:think|thinks|believe|believes|assume|assumes) (?:i am|i'm|im) (?:just )?(?:upgrading|moving|decluttering|selling|clearing out)|"
    r"(?:weirdly|strangely|oddly|really) calm|i (?:just )?feel done|"
    r"told (?:him|her|them|everyone|people) (?:i am|i'm|im|i was|it was) (?:'|\")?(?:upgrading|moving|decluttering)|"
    r"once i(?:'m| am)|after tonight|won't be|before i go|(?:don't|do not|not) (?:want|plan|expect) to (?:be|live)|"
    r"better off|sorry for everything|burden|no point|i am done|tired|"
    r"die|dying|dead|suicid\w*|end it|kill)\b")


# A question about a medicine that the message shows is medical: a small dose for a
# headache, a taper a doctor runs. Unless it also speaks of more, all, or an end.
MEDICAL_QUESTION_MARK = "(?#medq)"
MEDICAL_CONTEXT = re.compile(
    r"\b(?:took|taken|had) (?:one|two|a couple|1|2|3)(?: \w+)? for (?:a|my|the) (?:headache|migraine|cramps|period pain|back pain|toothache|fever|cold|hangover)\b"
    r"|\b(?:my|the) (?:doctor|gp|psychiatrist|prescriber) (?:is|has been|'s) (?:tapering|weaning|reducing)\b|\b(?:tapering|weaning) me\b")
MEDICAL_RISK = re.compile(
    r"\b(?:more|another|the rest|all|whole|box|bottle|packet|\d{2,}|tonight|end it|not wake|never wake|kill|suicid\w*|"
    r"on purpose|enough|want to|wanna|don't care|do not care|better off|hope|hoping|wish|hoard\w*|saving|saved|stockpil\w*|collect\w*|stash\w*)\b")


def _medical_question(pattern: str, message: str) -> bool:
    return (MEDICAL_QUESTION_MARK in pattern and bool(MEDICAL_CONTEXT.search(message))
            and not MEDICAL_RISK.search(message))


def _everyday_purpose(pattern: str, match: str, message: str) -> bool:
    return (PREP_MARK in pattern and "suicide" not in match
            and bool(BENIGN_PURPOSE.search(message)) and not RISK_PURPOSE.search(message))
NAMES_SOMEONE_ELSE = re.compile(r"\b(?:she|he|they|friend|sister|brother|son|daughter|him|her|them)\b")


def _sentences(surface: str) -> List[str]:
    return [parse.text for parse in _sentences_with_lemmas(surface)]


@dataclass(frozen=True)
class SentenceParse:
    text: str
    lemmas: str
    start: int  # where the sentence starts in the message
    # Where each token ends in `text`; None when a lemma holds a space and the lemma
    # view's words no longer line up one to one with the tokens.
    token_ends: Optional[Tuple[int, ...]]


def _sentences_with_lemmas(surface: str) -> List[SentenceParse]:
    """Each sentence and its lemma view, from one parse of the message (the lemmatizer
    reads tokens alone, so a sentence's lemmas are the same parsed on its own)."""
    parses = []
    for sent in _nlp()(surface).sents:
        if not sent.text.strip():
            continue
        lemmas = [token.lemma_.lower() or token.lower_ for token in sent]
        ends = tuple(token.idx - sent.start_char + len(token.text) for token in sent)
        aligned = all(lemma and " " not in lemma for lemma in lemmas)
        parses.append(SentenceParse(sent.text, " ".join(lemmas), sent.start_char, ends if aligned else None))
    return parses


@dataclass
class RuleResult:
    hits: List[RuleHit]
    normalized: str
    # True when risk words were present but explained away (negated, idiomatic,
    # fictional, general, or a past that is over): the learned layer must then be
    # far surer before it overrules the rules.
    explained_away: bool
    # True when the only explanation was a past that is over ("i used to cut, i'm clean
    # now"): a later sentence that speaks of now may be that past come back.
    only_a_past: bool = False


def find(text: str) -> RuleResult:
    """All rule hits in a message, and the normalised text they were found in.

    The rules read the message as normalised with filter-dodging spellings undone and,
    where that differs, as plainly normalised too: a hit in either reading counts, so
    undoing "k1ll" or "d i e" can never cost an ordinary message its catch."""
    result = _find_in(normalize(text))
    plain = normalize(text, adversarial=False)
    if plain == result.normalized:
        return result
    other = _find_in(plain)
    seen = {(hit.category, hit.pattern) for hit in result.hits}
    extra = [hit for hit in other.hits if (hit.category, hit.pattern) not in seen]
    if not extra:
        return result
    return RuleResult(result.hits + extra, result.normalized, result.explained_away, result.only_a_past)


def _find_in(normalized: str) -> RuleResult:
    surface = strip_idioms(normalized)
    explained_away = surface != normalized
    # Words that frame risk terms as absent, over or someone else's story.
    explained_away |= bool(FRAMED.search(surface))
    # A story about a past that is over, even one no rule matched, or a question
    # that never mentions the writer: the classifier must be near-certain.
    past_over = bool(PAST.search(surface) and RESOLVED.search(surface))
    explained_away |= bool("?" in surface and not re.search(r"\b(?:i|me|my|myself|i'm)\b", surface))
    hits: List[RuleHit] = []
    seen = set()
    # "...asking for me i guess": the writer says the question is about them.
    about_me = bool(ASKING_FOR_ME.search(surface))
    hit_categories: set = set()
    parsed = [(parse, strip_idioms(parse.lemmas)) for parse in _sentences_with_lemmas(surface)]
    # Only the patterns whose literals occur somewhere in the message are searched.
    present = ENGLISH_LITERALS.found_in(surface, *(lemma_view for _, lemma_view in parsed))
    candidates = {category: [patterns[i] for i in INDEX[category].candidates(present)]
                  for category, patterns in COMPILED.items()}
    for parse, lemma_view in parsed:
        sentence = parse.text
        views = (sentence,) if lemma_view == sentence else (sentence, lemma_view)
        # What a character says in quotes is not the writer speaking.
        story = bool(FICTION.search(sentence)) and not _self_subject(sentence)
        hypothetical = bool(HYPOTHETICAL.search(sentence)) and not about_me
        if hypothetical or ("?" in sentence and GENERAL_QUESTION.search(sentence) and not _self_subject(sentence) and not about_me):
            explained_away = True
        for category, patterns in candidates.items():
            # One live hit decides a category; the rest of its patterns need not be read.
            if category in hit_categories:
                continue
            for pattern in patterns:
                if (category, pattern.pattern) in seen:
                    continue
                pattern_negates = _pattern_negates(pattern.pattern)
                for view in views:
                    match, negated = _first_live_match(pattern, view, pattern_negates)
                    explained_away |= negated
                    if match is None:
                        continue
                    # The fiction word must frame the match, not be part of it ("the cat
                    # scratch story won't work on my bf much longer").
                    rest = sentence.replace(match.group(0), " ")
                    # ...nor when the writer is the subject just before it ("watched a
                    # film and now i want to die").
                    quoted = _quoted_in_story(view, match.start(), match.end())
                    framed_story = quoted or FICTION.search(rest) and ((not re.search(
                        r"\b(?:i|me|my|myself)\b", match.group(0)) and not _writer_just_before(view, match.start())))
                    story_here = story and bool(FICTION.search(rest))
                    if _resolved_past(category, sentence, surface):
                        past_over = True
                        break
                    # A "(?#self)" pattern is about the writer even when put as "if someone...".
                    if (story_here
                            or (hypothetical and (SELF_MARK not in pattern.pattern
                                                  or not (_self_subject(sentence) or ADDRESSES_US.search(sentence))))
                            or framed_story
                            or (category == HARM_OTHERS and ACCUSED.search(view[: match.start()])
                                and not ACCUSATION_OWNED.search(surface))
                            # Abuse is never explained away by the writer's job.
                            or (category != ABUSE_DANGER and _professional(sentence, match.group(0), surface))
                            # A client's words quoted by a professional at work: "client minimises
                            # violence ('he only pushed me once')". The client speaks just before the quote.
                            or (_client_quoted(view, match.start(), match.end()) and PROFESSIONAL.search(surface)
                                and WORK_CONTEXT.search(sentence)
                                and not WRITER_SPEAKS.search(_own_words(sentence))
                                and not RECENT.search(sentence))
                            or (_inside_quotes(view, match.start(), match.end()) and RESEARCH.search(surface)
                                and TESTIMONY.search(surface) and not RECENT.search(sentence) and not NOW_WORDS.search(sentence))
                            # A match in the lemma view ("wanting" reads "want") is mapped back to the surface.
                            or (_joked(category, sentence, _surface_end(view, parse, match.end()),
                                       surface[parse.start + len(sentence):])
                                # "wanting to die jk wanting to die": said again after the joke.
                                and not pattern.search(view, match.end()))
                            or (PRONOUN_MARK in pattern.pattern and NON_HUMAN_BEFORE.search(view[: match.start()]))
                            or (category == ABUSE_DANGER and "(?:phone|keys" in pattern.pattern
                                and HARMLESS_AGENT.search(view[: match.start()]))
                            # "my cat scratched my arm": a pet or a toddler did it, not the writer.
                            or (category == SELF_HARM and "my (?:arms?" in pattern.pattern
                                and not re.search(r"\b(?:myself|my ?self|on purpose)\b", match.group(0))
                                and HARMLESS_AGENT.search(view[: match.start()]))
                            or _everyday_purpose(pattern.pattern, match.group(0), surface)
                            or _medical_question(pattern.pattern, surface)):
                        explained_away = True
                        break
                    # A question about the terms speaks for the whole message: "...? i've done both" is not one.
                    if ("?" in sentence and (TOPIC_QUESTION.search(sentence) or (SIGNS_QUESTION.search(sentence) and STUDY.search(surface)
                                                                  and not EMERGENCY_NOW.search(surface)))
                            and not EXPERIENCE_WORDS.search(match.group(0))
                            and category in SELF_DIRECTED and SELF_MARK not in pattern.pattern and not about_me
                            and not WRITER_WORDS.search(STUDY.sub(" ", surface))):
                        explained_away = True
                        break
                    if (category in SELF_DIRECTED and GENERAL_QUESTION.search(sentence)
                            and SELF_MARK not in pattern.pattern and not about_me
                            and not _self_subject(sentence)
                            and not re.search(r"\bmy\b", sentence)
                            and not NAMES_SOMEONE_ELSE.search(pattern.pattern)):
                        explained_away = True  # a general question about the topic
                        break
                    seen.add((category, pattern.pattern))
                    hits.append(RuleHit(category, pattern.pattern, match.group(0)))
                    hit_categories.add(category)
                    break
                if category in hit_categories:
                    break
    # Combinations can span sentences ("it's all sorted for friday. then it's over").
    for category, patterns in SPANNING.items():
        if not patterns or category in hit_categories:
            continue
        # Only the patterns whose literals are in the message: one alternation of all of
        # them, read at every position, cost seconds on a 5,000-character message.
        for pattern in (patterns[i] for i in SPANNING_INDEX[category].candidates(present)):
            if (category, pattern.pattern) in seen:
                continue
            match, _ = _first_live_match(pattern, surface, _pattern_negates(pattern.pattern))
            # A general question, not "...just needed to tell someone".
            framed = SELF_MARK not in pattern.pattern and (
                HYPOTHETICAL.search(surface) or FICTION.search(surface)
                or ("?" in surface and GENERAL_QUESTION.search(surface) and not _self_subject(surface)))
            if match and not framed and not _spanning_resolved(category, surface, match):
                seen.add((category, pattern.pattern))
                hits.append(RuleHit(category, pattern.pattern, match.group(0)))
    other_hits, other_negated = _other_language_hits(surface, seen)
    explained_otherwise = explained_away or other_negated
    return RuleResult(hits + other_hits, normalized, explained_otherwise or past_over,
                      past_over and not explained_otherwise)


def _spanning_resolved(category: str, surface: str, match: "re.Match[str]") -> bool:
    """A combination read across sentences is over when the sentences it covers are,
    and nothing anywhere in the message says it goes on: "when i left my ex at 20 i had
    bruises and nowhere to go. ... i am writing his eulogy" is a memory."""
    if _resolved_past(category, surface, surface):
        return True
    start = max(surface.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
    ends = [i for i in (surface.find(mark, match.end()) for mark in ".!?\n") if i >= 0]
    end = min(ends) + 1 if ends else len(surface)
    covered = surface[start:end].strip()
    if covered == surface.strip() or STILL_GOING_ON.search(surface) or RELAPSE.search(surface) or ALARM_NOW.search(surface):
        return False
    # Outside what it covers, only a plain "-ing" ("i am writing the eulogy") may speak of now.
    if _present_beyond_ing(surface[:start] + " . " + surface[end:]):
        return False
    return _resolved_past(category, covered, surface)


ALARM_NOW = re.compile(r"\b(?:won't wake|will not wake|not breathing|not waking|unresponsive|help me|please help|right now|rn|hurry|what do i do|what should i do now|call (?:an|911|999|112|000))\b")


# Now, in these languages: a past-or-fiction framing does not explain these away.
OTHER_PRESENT = re.compile(
    r"\b(?:ahora|ahorita|hoy|esta noche|anoche|otra vez|de nuevo|maintenant|ce soir|hier soir|encore|aujourd'hui|"
    r"agora|hoje|hoje a noite|de novo|outra vez|jetzt|heute|gerade|grad|wieder|gestern|adesso|ora|stasera|stanotte|"
    r"di nuovo|ancora|nu|vanavond|vandaag|weer|ngayon|mamaya|kagabi|ulit|abhi|aaj|aaj raat|phir se|right now|tonight|again)\b")
OTHER_AGE_NOW = re.compile(r"\b(?:aujourd'hui|maintenant|hoy|ahora|hoje|agora|heute|jetzt|oggi|ora|nu|ngayon|abhi|aaj) "
                           r"(?:j'ai|tengo|tenho|bin ich|ik ben|ho|ako ay|main) \d+\b")
OTHER_RESOLVED_NOW = re.compile(OTHER_RESOLVED_RE.pattern + r"(?: \w+)?")
# "no quiero morir", "je ne veux pas", "ich will nicht": a negator just before the match.
OTHER_NEGATORS = {"no", "non", "nn", "nao", "nunca", "jamais", "hindi", "never", "nie", "tidak", "gak", "nggak", "enggak", "gk", "nem"}
# "no quiero hacerme dano", "nao vou me machucar": the negator before a modal verb.
OTHER_MODALS = {"quiero", "voy", "pienso", "quero", "vou", "penso", "voglio", "vado", "veux", "vais", "pense",
                "want", "wanna", "will", "mau", "pengen", "ingin", "chce", "bede", "wil"}
# "hindi ako magpapakamatay": Tagalog puts the subject between the negator and the verb.
# Only Tagalog: "nao eu quero morrer", "gak aku pengen mati" deny nothing.
TAGALOG_NEGATED_SUBJECT = re.compile(r"\b(?:hindi|di) ako ?$")
# ...but a question ("bakit pa hindi ako magpakamatay", "why shouldn't i"), what others
# think ("akala nila hindi ako..."), or a double negative is no denial.
NEGATION_UNDONE_BEFORE = re.compile(r"\b(?:bakit|bat|ba't|sino|akala|sabi|nagsabing|nagsabi|iniisip nila|hindi ako hindi|por que no|pourquoi pas|warum nicht|perche non|why not)\b")
# A contrast opens a clause of its own in these languages too.
OTHER_CLAUSE_BREAK = re.compile(CLAUSE_BREAK.pattern + r"|\b(?:pero|mais|mas|tapi|aber|maar)\b")
# "no, i don't want to live": "hindi" as an interjection before a verb that is itself negative.
NEGATIVE_VERB = re.compile(r"^(?:ayoko|ayaw ko|ayaw ko na)\b")
# "...pero bukas baka", "...ngayon, bukas na lang", "no me voy a matar hoy, manana": "not
# now", or a later time or a maybe anywhere after, undoes the "not"; "...pero baka kailangan
# ko ng tulong" (maybe i need help) does not.
_HELP_WORDS = r"(?:kailangan|need|necesito|necesite|preciso|precise|brauche|bisogno|butuh|ayuda|tulong|help|ajuda|hilfe|aiuto|aide|bantuan|hulp)"
OTHER_NOT_YET = re.compile(
    r"^\W*(?:ngayon|sa ngayon|ngayong gabi|hoy|hoje|heute|aujourd'hui|oggi|vandaag|hari ini|today|tonight|esta noche|ce soir|stasera|heute nacht)\b"
    r"|\b(?:bukas|mamaya|manana|amanha|morgen|demain|domani|besok|nanti|later|tomorrow|soon|pronto|bientot|bald|presto|segera)\b"
    r"|\b(?:baka|mungkin|maybe|tal vez|quizas|talvez|vielleicht|peut-etre|forse|siguro|misschien|"
    # "...a veces lo pienso" (sometimes), "...kung hindi niya ako iiwan" (if he doesn't leave me)
    r"a veces|as vezes|parfois|manchmal|a volte|soms|minsan|kadang|sometimes|kung|wenn|jika|kalau|if)\b(?! (?:\w+ ){0,3}?" + _HELP_WORDS + r"\b)"
    # ...or the means at hand: "...porque tengo las pastillas".
    r"|\b(?:tengo|tenho|i have|i've got|ho|hab|habe|j'ai|may|ada) (?:las |los |os |as |the |some |des |le |la |mga |die )?"
    r"(?:pastillas|pildoras|comprimidos|remedios|cachets|pills|tabletten|pillole|cuerda|corda|rope|cuchillo|faca|knife|gun|pistola|arma|gamot|tali|obat)\b")
# Turkish says "not" in the verb after: "intihar etmeyi dusunmuyorum" ("i'm not thinking of").
TURKISH_NEGATED_VERB = re.compile(r"^\W*\w+(?:m[iu]yor\w*|mayacag\w*|meyecek\w*|mem|mam)\b")
TURKISH_INFINITIVE = re.compile(r"(?:mek|mak|meyi|mayi|meye|maya)$")


def _other_language_hits(surface: str, seen: set) -> Tuple[List[RuleHit], bool]:
    possible = OTHER_INDEX.candidates(OTHER_INDEX.literals.found_in(surface))
    if not any(OTHER[i][1].search(surface) for i in possible):
        return [], False
    text = surface
    for idiom in OTHER_IDIOM_PATTERNS:
        text = idiom.sub(" ~ ", text)
    negated = text != surface
    if negated:
        possible = OTHER_INDEX.candidates(OTHER_INDEX.literals.found_in(text))
    # Framings that hold for the whole message: a story on screen, a past that is over,
    # a figure of speech followed by laughter. Present danger words keep the hits.
    # "safe na ako ngayon": a "now" that belongs to being safe is not danger now.
    present = bool(OTHER_PRESENT.search(OTHER_AGE_NOW.sub(" ", OTHER_RESOLVED_NOW.sub(" ", text))))
    if not present and (OTHER_FICTION_RE.search(text)
                        or (OTHER_PAST_RE.search(text) and OTHER_RESOLVED_RE.search(text))):
        return [], True
    laughing = bool(OTHER_LAUGHTER_RE.search(text))
    hits: List[RuleHit] = []
    for category, pattern in (OTHER[i] for i in possible):
        if (category, pattern.pattern) in seen:
            continue
        for match in pattern.finditer(text):
            clause = OTHER_CLAUSE_BREAK.split(text[: match.start()])[-1]
            before = clause.split()[-2:]
            negator_before = bool(before) and (before[-1] in OTHER_NEGATORS or (
                len(before) == 2 and before[0] in OTHER_NEGATORS and before[1] in OTHER_MODALS)
                or bool(TAGALOG_NEGATED_SUBJECT.search(text[: match.start()])))
            negator_before = negator_before and not NEGATION_UNDONE_BEFORE.search(clause) \
                and not NEGATIVE_VERB.match(match.group(0)) and not OTHER_NOT_YET.search(text[match.end():])
            turkish_negated = bool(TURKISH_INFINITIVE.search(match.group(0)) and TURKISH_NEGATED_VERB.match(text[match.end():]))
            if negator_before or turkish_negated or (
                    laughing and category in (HARM_OTHERS, ABUSE_DANGER) and not present):
                negated = True
                continue
            seen.add((category, pattern.pattern))
            hits.append(RuleHit(category, pattern.pattern, match.group(0)))
            break
    return hits, negated


THINKING = {"think", "say", "said", "believe", "feel", "mean", "guess", "reckon", "know", "that", "thought", "pretend",
            "pretending", "worry", "worrying", "worried", "claim", "claiming", "act", "acting", "imply"}


def _new_clause(prefix: str, matched: str) -> bool:
    """"i'm not sad i'm suicidal": the match opens a clause of its own, so the "not"
    before it stays in the last one. Not after "i don't think ...", which it governs."""
    before = prefix.split()[-1:]
    return bool(re.match(r"i(?:'m| am| be)?\b", matched)) and bool(before) and before[0] not in THINKING \
        and before[0] not in NEGATORS and not before[0].endswith("n't")


def _first_live_match(
    pattern: "re.Pattern[str]", view: str, pattern_negates: bool
) -> Tuple[Optional["re.Match[str]"], bool]:
    negated = False
    for match in pattern.finditer(view):
        if _negated(view[: match.start()]) and not _new_clause(view[: match.start()], match.group(0)):
            negated = True
            continue
        # "he never hit me": the negation sits inside the match. Not across the gap of a
        # pattern that spans sentences ("...where would... no, forget it. i'm just going to do it").
        if not pattern_negates and ".*" not in pattern.pattern and _NEGATOR_WORD.search(match.group(0)):
            negated = True  # "he never hit me": the negation sits inside the match
            continue
        return match, negated
    return None, negated


# Signs that the person is, or was, being abused by someone close: once seen, the
# conversation is treated as an abuse conversation (no couples advice, no probing).
ABUSE_INDICATOR = re.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|spouse|fiance|fiancee))"
    r" (?:\w+ ){0,3}?(?:hit|hits|hitting|beat|beats|beating|choke[sd]?|choking|strangle[sd]?|"
    r"slap(?:s|ped)?|punch(?:es|ed)?|kick(?:s|ed)?|shove[sd]?|push(?:es|ed)|rape[sd]?|abuse[sd]?|"
    r"abusing|threaten(?:s|ed)?|hurt(?:s)?|control(?:s|led)?|isolate[sd]?|stalk(?:s|ed)?|"
    r"force[sd]?) (?:me|us|my)\b"
    r"|\babusive (?:partner|husband|wife|boyfriend|girlfriend|relationship|ex|marriage)\b"
    r"|\b(?:domestic (?:violence|abuse)|coercive control)\b.*\b(?:i|me|my)\b"
    r"|\b(?:i am|i'm|i was|i've been|i have been) (?:being )?(?:abused|hit|beaten|raped|assaulted)\b"
)


def abuse_indicated(text: str) -> bool:
    return any(
        ABUSE_INDICATOR.search(sentence) and not _negated(sentence[: ABUSE_INDICATOR.search(sentence).start()])
        and not _NEGATOR_WORD.search(ABUSE_INDICATOR.search(sentence).group(0))
        for surface in {normalize(text), normalize(text, adversarial=False)}
        for sentence in _sentences(surface)
    )
