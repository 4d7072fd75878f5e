"""Rule patterns for each risk category, as regular expressions.

They run on two views of a message (see rules.py): the normalised surface text and
the same text as spaCy lemmas ("he's choking me" -> "he be choke me"), so one
pattern covers every tense. Alternations below therefore list lemma forms first.
Patterns describe the *person's own* situation; rules.py drops matches that are
negated, idiomatic, fictional or about a past that is over.
"""
from __future__ import annotations

import re
from typing import Dict, List, Pattern, Tuple

from bondwise.risk.normalize import fold_accents
from bondwise.risk.prefilter import LiteralIndex, LiteralSet
from bondwise.risk.patterns_other_languages import (
    OTHER_FICTION,
    OTHER_IDIOMS,
    OTHER_LANGUAGES,
    OTHER_LAUGHTER,
    OTHER_PAST,
    OTHER_RESOLVED,
)
from bondwise.risk.categories import (
    ABUSE_DANGER,
    HARM_OTHERS,
    SELF_HARM,
    SUBSTANCE_CRISIS,
    SUICIDE,
)

ME = r"(?:myself|my ?self|me)"
# People who may be hurting the person writing.
AGENT = (
    r"(?:he|she|they|him|her|them|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|"
    r"fiance|fiancee|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|stepmum|brother|"
    r"sister|son|daughter|uncle|aunt|cousin|grandpa|grandfather|boss|roommate|flatmate|"
    r"landlord|family|parents?|bf|gf|spouse|man|guy|pimp|dealer)|someone|somebody|"
    r"a (?:man|guy|stranger|group)|people)"
)
KIDS = (r"(?:my|our|the|his|her) (?:kids?|children|child|son|daughter|baby|babies|toddler|little one|boy|girl|"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: ?- ?| )?(?:year|yr|month)(?: ?- ?| )?olds?|"
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?yo|newborn|infant|stepson|stepdaughter)")
HARM_VERB = (
    r"(?:kill|killing|killed|hurt|hurting|harm|harming|harmed|stab|stabbing|stabbed|shoot|"
    r"shooting|shot|strangle|strangling|strangled|choke|choking|choked|beat|beating|attack|"
    r"attacking|murder|murdering|poison|poisoning|smother|smothering|suffocate|shake|shaking|"
    r"hit|hitting|punch|punching|drown|drowning|burn|burning|run over|end|flog|bash|batter|deck|glass|"
    r"shank|thump|belt|wallop|beat up|strangle)"
)
VICTIM = (
    r"(?:him|her|them|" + KIDS + r"|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|"
    r"dad|father|mom|mum|mother|brother|sister|boss|roommate|neighbou?r|family|coworker|teacher)|"
    r"someone|somebody|anyone|everyone|people|the people|those people|that (?:man|woman|guy|girl|bitch|bastard|\w+)|"
    r"this (?:man|woman|guy|girl|\w+)|the (?:baby|kids?|guy|man|woman))"
)
INTENT = (
    r"(?:want to|wanna|going to|go to|will|'ll|would|could|might|plan to|planning to|plan on|"
    r"about to|ready to|feel like|have (?:the )?urges? to|urges? to|think about|thinking about|"
    r"keep think(?:ing)? about|thought about|fantasi[sz]e about|fantasi[sz]ing about|"
    r"dream(?:ing)? about|scared (?:that )?i(?:'ll| will| might| could| would)|afraid (?:that )?"
    r"i(?:'ll| will| might| could| would)|fear (?:that )?i(?:'ll| will| might)|thoughts? of|"
    r"thoughts? about|tempted to|decided to|try to|trying to|"
    r"close to|gonna|can barely stop myself from)"
)
DRUG = (
    r"(?:pills?|tablets?|meds|medication|medicine|painkillers?|sleeping pills|xanax|benzos?|"
    r"opioids?|oxy|oxycodone|percs?|percocet|vicodin|tylenol|paracetamol|acetaminophen|"
    r"ibuprofen|insulin|antidepressants?|caps|capsules|heroin|fent|fentanyl|meth|coke|cocaine|"
    r"crack|molly|mdma|ketamine|ket|lean|pills and (?:alcohol|booze)|drugs|dope|h|lorazepam|"
    r"valium|klonopin|ambien|zopiclone|tramadol|codeine|morphine|gabapentin|lithium|seroquel|"
    r"methadone|subutex|suboxone|buprenorphine|pregabalin|lyrica|diazepam|temazepam|alprazolam|"
    r"clonazepam|nitrazepam|sertraline|fluoxetine|citalopram|escitalopram|amitriptyline|quetiapine|"
    r"mirtazapine|propranolol|venlafaxine|trazodone|co-?codamol|naproxen|aspirin|benadryl|"
    r"diphenhydramine|nytol|sleeping tablets|ghb|oxys|sleep aids?)"
)
# "she takes 11 different tablets a day": a routine, not an overdose.
ROUTINE_DOSE = (r"(?! (?:a|per|each|every) (?:day|morning|night|evening|week)\b(?!'s| after| before| ago| early| late)| daily\b|"
                r" as prescribed\b)")
ALCOHOL = r"(?:alcohol|vodka|wine|beer|booze|drinks?|drinking|whiskey|whisky|liquor|rum|gin|tequila|shots)"

RAW: Dict[str, List[str]] = {
    SUICIDE: [
        r"\b(?:kill|killing|killed|end|ending|ended|take|taking|took|off|offing) (?:myself|my ?self|my (?:own )?life)\b",
        r"\bend (?:it all|everything|my life|things|it (?:tonight|today|now|soon|for good)|my suffering|the pain for good)\b",
        r"\b(?:i|i'm|i am|i be|i've been|i have been|been|feel|feeling|felt|be) (?:so |really |very |kind of |kinda |pretty |a bit |a little )?suicidal\b",
        r"\b(?:my|i have|i've had|i have had|having|been having|i get|i keep getting|i(?: am|'m) having|with) suicidal (?:thoughts?|ideation|feelings?|urges?)\b",
        r"\bsuicidal (?:again|tonight|lately|rn|right now|today)\b",
        r"\b(?:suicide|suicidal) (?:thoughts?|urges?|feelings?|ideation) (?:are|is|be|again|today|tonight|keep|won't|getting|back|coming|so)\b",
        r"\b(?:think|thinking|thought|consider|considering|plan|planning|plan on|research|researching) (?:about |of )?(?:suicide|killing myself|ending (?:it|my life|things)|dying)\b",
        r"(?#prep)\b(?:my|a) (?:suicide|goodbye|farewell) (?:note|letter|message|plan|video)s?\b",
        r"\bsuicide (?:note|letter|plan|attempt)\b",
        r"\b(?:want|wanna|wish|wishing|ready|going|plan|planning|decide|decided|try|trying|about|need|long|longing|urge|urges|desire|craving) (?:to )?(?:just )?(?:die|be dead|not exist|stop existing|disappear forever|not wake up|never wake up|sleep forever|go to sleep (?:and|forever)|be gone|end it|not be here|not be alive|not be around)\b",
        r"\bwish (?:i|i'd|i had|i was|i were|i could) (?:was |were |had |could |just )?(?:dead|die|died|never been born|not been born|not born|not alive|gone|not here|disappear|stop existing|not wake up|not exist)\b",
        r"\b(?:not|no longer|never|don't|do not) (?:want|wanna|wish|care) (?:to )?(?:live|be alive|be here|wake up|exist|go on|keep going|be around|carry on|continue|survive|see tomorrow)\b",
        r"\bdon't (?:want|wanna) to be here anymore\b",
        r"\b(?:better|well) off (?:without me|if i (?:was|were|be|wasn't|weren't|died|die|disappeared|left for good)|with me gone|dead|gone)\b",
        r"\b(?:everyone|everybody|they|people|my family|my kids) (?:would|will|'d) be (?:happier|better|fine|relieved) (?:without me|if i (?:was|were|died|be) gone|when i'm gone|if i wasn't here)\b",
        r"\bnobody (?:would|will) (?:miss|notice|care) (?:me )?(?:if|when) i (?:die|died|was gone|were gone|disappeared|be gone|killed)\b",
        r"\b(?:no|nothing|not any|no more|any) (?:reason|point|purpose) (?:to|in|for|of) (?:live|living|go on|going on|keep going|be alive|being alive|be here|being here|anything|life|trying|wake up|waking up|stay|staying)\b",
        r"\bnothing (?:left )?to live for\b",
        r"\b(?:got|have|had) (?:it|everything) (?:all )?(?:sorted|planned|ready|set)\b.*\b(?:it(?: is|'s| will be|'ll be) over|be over|for good|no more|the end|goodbye)\b",
        r"\bhow (?:long|many days|many hours) (?:until|before|does it take|would it take|will it take) (?:for )?(?:someone|anyone|people|they|somebody) (?:to )?(?:find|notice|miss)\b",
        r"\b(?:she|he|they|my \w+)(?: is| has been| have been| are|'s)? (?:been )?giving (?:away )?(?:her|his|their|all (?:of )?(?:her|his|their)) (?:stuff|things|belongings|possessions|clothes)(?: away)?\b",
        r"\b(?:go|going to|want to|wants to|gonna) (?:go )?be with (?:dad|mum|mom|my (?:dad|mum|mom|nan|gran|grandma|grandpa|brother|sister|son|daughter|baby)|grandma|grandpa|god|jesus) (?:again|in heaven|soon)?",
        r"\bways to (?:go|die|end (?:it|things|my life)|do it|kill myself|not wake up)\b.*\b(?:painless|don't hurt|won't hurt|doesn't hurt|quick|quickly|peaceful)\b",
        r"\bself[ -]?inflicted\b",
        r"\blife insurance\b.*\b(?:suicide|self[ -]?inflicted|if i die|kill myself|when i'm gone|my kids)\b",
        r"\b(?:stop|end) (?:the|my|all the|all this|this) (?:pain|suffering|hurting|misery) (?:for good|forever|permanently|tonight|once and for all)\b",
        r"\bnot (?:making|make) it (?:home|back|through the night|to tomorrow)\b.*\bon purpose\b",
        r"\b(?:crash|crashing|drive|driving|steer|steering) (?:my car|the car|into (?:a|the) \w+|off (?:a|the) \w+)\b.*\bon purpose\b",
        r"\b(?:have|got) (?:everything|it all|the stuff|things) (?:ready|out|laid out|set up)(?: for)? (?:tonight|now|for tonight)\b",
        r"\btonight i (?:have|have got|got) (?:everything|it all|the stuff|it) (?:ready|set|out|planned)\b",
        r"\b(?:won't|will not|wont|don't|do not) (?:be )?need(?:ing)? (?:them|it|this|that|these|those|my \w+|any of (?:it|this|them))(?: \w+){0,3} (?:come|where|after|anymore|any more|much longer|again|soon|after tonight|where i'm going|where i'm headed)\b",
        r"\bwhere i(?: am|'m) (?:headed|going)\b.*\b(?:won't need|don't need|no need)\b|\b(?:won't need|don't need)\b.*\bwhere i(?: am|'m) (?:headed|going)\b",
        r"(?#prep)\b(?:gave|giving|given|give) (?:away )?(?:\w+ ){0,3}(?:my|all my|most of my|all of my) (?:\w+ ){0,2}(?:stuff|things|belongings|possessions|books|clothes|guitar|boots|jewell?ery|games|pets?|cat|dog|records|art|savings|car|bike|laptop|console|pc|computer|xbox|playstation|ps5|switch|phone|watch|camera|collection|setup)\b",
        r"\b(?:bye|goodbye|farewell) (?:everyone|everybody|all|world|forever|for good|for the last time)\b",
        r"\bnote\b.*\b(?:explaining why|why i did|wasn't (?:her|his|their|your|anyone's) fault|when i(?: am|'m) gone|after i(?: am|'m) gone|for after)\b",
        r"\bbefore i go(?:\W*$|\.|,| for good| forever)",
        # Not "made my peace with the fact that he won't apologise", "with mum before she passed".
        r"\b(?:made|making|make) (?:my peace(?! with (?:the fact that (?:he|she|they|my|his|her|it's|it is|we)\b|(?:mum|mom|dad|him|her|them|my \w+) before (?:she|he|they) (?:pass|passed|die|died)|the (?:divorce|breakup|past)\b|my ex\b|my past\b))"
        r"|my (?:final )?arrangements|peace with (?:everything|everyone|dying|death|it all|leaving))\b",
        r"\b(?:disappear|disappearing|vanish|vanishing|be gone|go away|fade away|sleep|rest|go to sleep) (?:for good|forever|permanently|and never come back)\b",
        r"(?#prep)\b(?:updated|update|wrote|write|made|make|sorted) (?:out )?my will\b",
        r"\b(?:no|the only|only one) way out\b.*\b(?:die|dying|death|disappear|disappearing|end|ending|gone|for good|forever)\b",
        r"\b(?:would|will|does|did) (?:anyone|anybody|somebody|people|they|you|my family) (?:even |really )?(?:care|notice|miss me|cry) if i (?:die|died|was gone|were gone|disappeared|killed myself|wasn't here|was not here|stopped existing)\b",
        r"\b(?:not|don't|do not|won't|will not) (?:plan on|planning on|expect to|intend to|think i will|think i'll|going to) (?:be|being) (?:around|here|alive)(?: much| for| by| next| after| tomorrow| anymore| at the end| to see| in (?:a|one|two|three|\d+) (?:days?|weeks?|months?|years?)(?![^.!?]*\b(?:moving|move|moved|contract|lease|job|visa|semester|term|relocat\w*|transfer\w*|trip|holiday)\b))",
        r"\b(?:not|can't|cannot|don't|do not) see (?:the|a|any) (?:point|reason|future|way out)(?: anymore| any more| in (?:living|life|anything|going on))?\b",
        r"\bwhat's the point (?:of|in) (?:living|life|going on|anything|being alive|being here|trying)\b",
        r"\b(?:what's|what is) the point (?:of|in) (?:staying alive|waking up|existing|carrying on|keeping going|any of it|even trying|me being here)\b",
        r"\bwhy (?:should|would|do) i (?:even )?(?:stay alive|keep living|keep going(?! back| to (?!be honest)| out| on about)|bother living|wake up|be alive)\b",
        r"\b(?:life|living|everything|my life) (?:is|be|feels|feel) (?:so )?(?:pointless|meaningless|not worth (?:it|living))\b",
        r"\bnot worth living\b",
        r"\b(?:tired|sick|done) (?:of|with) (?:living|life|being alive|existing|it all|everything|this life)\b",
        r"\b(?:can't|cannot|can not|not able to) (?:go on|do this anymore|keep going|take (?:it|this|any more|anymore)|live like this|handle (?:it|this|life) anymore|cope anymore|carry on|survive this|keep living)\b",
        r"\b(?:won't|will not|wont) be (?:here|around|a (?:problem|burden|bother)|alive|bothering anyone) (?:much longer|for (?:much )?longer|for long|anymore|any more|tomorrow|by (?:tomorrow|morning|monday|the weekend))\b",
        r"(?#prep)\b(?:give|giving|gave|given) away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|pets?|cat|dog|clothes|games)\b",
        r"\b(?:this is|this be|consider this) (?:my )?(?:last|final) (?:message|goodbye|post|text|words|night)\b",
        # Not a leaving do: "saying goodbye to everyone at work on friday, new job in leeds".
        r"\b(?:say|saying|said) (?:my )?goodbyes? to (?:everyone|everybody|my family|you all|my kids|the world)\b"
        r"(?![^.!?]*\b(?:at work|new job|leaving do|move to|flight|at uni|the team|colleagues|classmates|maternity leave|before (?:i|we) (?:move (?:house|to|abroad|away)|fly))\b"
        r"(?!.*\b(?:forever|for good|on earth|this life|won't be (?:here|around)|nobody will|no one will|last time)\b))",
        r"(?#prep)\b(?:write|writing|wrote|written) (?:a )?(?:letter|note|letters|notes|goodbye) (?:to|for) (?:each of |all of )?(?:everyone|my (?:family|kids|mom|mum|parents|sister|brother|friends))\b",
        r"\b(?:i'm|i am|i be|feel like|feel) (?:such |just |only )?a (?:burden|waste of space|waste of air)\b",
        r"\b(?:jump|jumping|jumped) (?:off|from|in front of) (?:a |the |this )?(?:bridge|building|roof|train|cliff|balcony|car|bus|window|tower|overpass)\b",
        r"\b(?:hang|hanging) myself\b",
        r"\bplan (?:for|of) how (?:to|i(?:'ll| will)) (?:die|do it|end it)\b",
        r"\b(?:bought|buy|got|have|saved|stockpiled|stockpiling|collecting|saving) (?:up )?(?:a rope|rope|a gun|enough pills|pills to|the pills)\b",
        r"\b(?:going|want) to sleep and never wake up\b",
        r"\bdon't want to wake up\b",
        r"\bgive up on (?:life|living|everything|myself)\b",
        r"\b(?:kill|killing) (?:myself|me) (?:tonight|today|soon|now)\b",
        r"\b(?:my|the) world (?:would|will) be better without me\b",
        r"\b(?:the |this )?world (?:doesn't|does not|don't|wouldn't|won't|would not|will not) (?:need|want|miss) me\b",
        r"\bi (?:should|need to|deserve to) (?:just )?die\b",
        r"\bno one would care if i (?:was|were|died|be) (?:gone|dead)\b",
        r"\b(?:she|he|they|my (?:friend|sister|brother|son|daughter|mom|mum|dad|partner|husband|wife|boyfriend|girlfriend|roommate|kid)) (?:is|be|'s|are|seem|seems) (?:being |really |very )?suicidal\b",
        r"\b(?:she|he|they|my (?:friend|sister|brother|son|daughter|mom|mum|dad|partner|husband|wife|boyfriend|girlfriend|roommate|kid)) (?:is|be|'s|are|keeps?|keep|has been|have been|just|just) (?:saying|talking about|threatening|threaten|planning|going|trying|want|wants|texted|text|texting|sent) (?:me )?(?:to |about |that )?(?:kill (?:herself|himself|themselves)|end (?:her|his|their) life|suicide|die|a goodbye)\b",
    ],
    SELF_HARM: [
        r"\b(?:cut|cutting|cuts|burn|burning|burned|burnt|hurt|hurting|harm|harming|harmed|hit|hitting|punch|punching|scratch|scratching|scratched|carve|carving|carved|bruise|bruising|bite|biting|pinch|pinching|punish|punishing|punished|starve|starving|slice|slicing) (?:myself|my ?self|my (?:arms?|legs?|wrists?|skin|thighs?|body|stomach|hips?|face|hands?|chest)|on purpose)\b",
        r"\b(?:i|i've|i have|i've been|i have been|been|started|start|still|keep|kept|did|do|doing|was|am|i am|back to|went back to|relapsed|relapse|turned to|turn to|resorted to|want to|wanna|need to|going to|might|could) (?:\w+ )?self harm(?:ing|ed)?\b",
        r"\bself harm(?:ing|ed)? (?:again|tonight|today|last night|right now|rn|every day|so bad|urges?)\b",
        r"\b(?:lost|broke|broken|ended|ruined|reset) my (?:(?:self harm |sh )(?:clean )?|clean )streak\b|\b(?:lost|broke|broken|ended|ruined|reset) my streak\b(?! (?:on|with|in) (?:snap\w*|duolingo|wordle|the app|the game|insta\w*|tiktok|bereal|github|strava|fitbit|my (?:app|game|watch)))",
        r"\b(?:want|wanna|need|going|urge|urges|tempted|about|trying not|try not|struggle not|struggling not|resist the urge|craving) (?:to )?(?:cut|burn|hurt|harm|punish|hit|scratch|bleed|bruise) (?:myself|again|tonight|so bad|really bad)\b",
        r"\burges? (?:to|for) (?:cut|cutting|burn|burning|hurt|hurting|harm|harming|self harm)\b",
        r"\b(?:cutting|self harming|self harm|hurting myself|burning myself) (?:again|tonight|lately|every (?:day|night)|since|a lot|more)\b",
        r"\b(?:relapse|relapsed|relapsing)(?: on| with| into)? (?:cutting|self harm|sh|hurting myself|burning)\b",
        r"\bmake myself (?:bleed|hurt|bruise)\b",
        r"\bwent (?:further|deeper|too far) than i (?:meant|wanted|intended|planned)\b",
        r"\bstop (?:it|them|this|the cuts?) (?:from )?scarring\b",
        r"\bi (?:cut|burn|burned|hurt|harm) (?:to cope|again|last night|tonight|today|when|because|every|so i|myself)\b",
        r"\brelapsed (?:last night|tonight|today|again|this week|yesterday)\b",
        r"\bbang(?:ing|ed|s)? (?:my|your|one's|his|her) head (?:on|against|into)\b",
        r"\b(?:want|need|needed|wanted) to feel (?:physical )?pain\b",
        r"\b(?:fresh|new|deep|open) (?:cuts|wounds|scars|marks|burns) (?:on|from|again)\b",
        r"\bmy (?:arms?|legs?|wrists?|thighs?) (?:is|are|be) (?:a mess|covered|bleeding|full of cuts)\b",
        r"\b(?:blade|blades|razor|razors) (?:again|tonight|in my room|and (?:my|i))\b",
        r"\bbang(?:ing|ed)? my head (?:against|on) (?:the )?(?:wall|floor|door)\b",
        r"\b(?:punch|punching|punched|hit|hitting|kick|kicking|kicked|slam|slamming) (?:the )?walls? (?:until|till|so hard|again|over and over)",
        r"\b(?:slap|slapped|slapping|slaps) myself\b",
        r"\b(?:streak|clean streak)(?:'s| is| was| got| has been)? (?:broken|gone|over|ruined|reset)\b",
        r"\b(?:ride out|riding out|resist|resisting|fight|fighting|sit with|sitting with|battling) (?:an|the|this|my|these) urges?\b",
        r"\b(?:scared|afraid|about|going) (?:i(?: will|'ll) |to )give in\b",
        r"\b(?:she|he|they|my \w+(?:'s \w+)?)(?: \w+){0,6} (?:is|are|'s) (?:hurting|cutting|burning|harming|hitting) (?:herself|himself|themselves|themself)\b",
        r"\bscars?\b.*\b(?:undid|undo|undone|ruined|reopened|opened (?:them|it) (?:up|again))\b",
        r"\b(?:hide|hiding|cover|covering|cover up|conceal|concealing) (?:up )?(?:the |my |these |those )?(?:marks|cuts|scars|burns|wounds) (?:from|on|with|so|before|under)\b",
        r"\b(?:how|where) (?:do|can|should) i (?:hide|cover) (?:up )?(?:the |my )?(?:marks|cuts|scars|burns)\b",
    ],
    HARM_OTHERS: [
        r"\bi(?: really| just| honestly| seriously| actually| literally| swear| think| feel like)? (?:be |am |'m )?" + INTENT + r" (?:go and |just |actually |really |fucking )?" + HARM_VERB + r" " + VICTIM + r"\b",
        r"\b(?:urges?|thoughts?|fantasies|images) (?:of|about|to) " + HARM_VERB + r"(?:ing)? " + VICTIM + r"\b",
        r"\bafraid of what i (?:might|could|will|would|'ll) do (?:to|with) " + VICTIM + r"\b",
        r"\b(?:scared|afraid|terrified|worried) (?:that )?i(?:'ll| will| might| could| would| be going to| am going to) (?:lose control and )?" + HARM_VERB + r"\b",
        r"\bmake (?:him|her|them|that \w+) (?:pay|suffer|bleed)\b",
        r"\b(?:have|got|get|grab|grabbed|bought|buy|with) (?:a|my|the) (?:knife|gun|weapon|bat|blade)\b.*\b(?:him|her|them|when (?:he|she|they) (?:get|gets|come|comes)|kill|hurt|pay)\b",
        r"\b(?:kill|hurt|stab|shoot) (?:him|her|them) (?:when|if|before|tonight|tomorrow|right now)\b",
        r"\bi (?:almost|nearly) (?:kill|killed|hurt|strangled|choked|hit|shook|smothered) (?:him|her|them|" + KIDS + r")\b",
        r"\blose control (?:and|with) (?:" + KIDS + r"|him|her)\b",
        r"\b(?:i'm|i am|i be) going to (?:snap|lose it) and (?:hurt|kill)\b",
        r"\b(?:get|gets|getting) what(?:'s| is) coming to (?:him|her|them)\b",
        r"\b(?:go|going|went) (?:over )?there and (?:finish|end|deal with|take care of|kill|hurt) (?:him|her|them)\b",
        r"\bfinish (?:him|her|them) off\b",
        r"\b(?:thought|thoughts|urge|urges|image|images|fantasy|fantasies|picture) (?:of|about) (?:pushing|dropping|throwing|shaking|hurting|harming|drowning|smothering|hitting|suffocating|strangling) (?:my|the|him|her|them|our)\b",
        r"\b(?:don't|do not|can't|cannot) trust myself(?: anymore| right now| any more| tonight|\W*$|\.|,)",
        r"\bstarting with (?:his|her|their) (?:kids|children|family|wife|husband|son|daughter|mum|mom|dad)\b",
        r"\b(?:next time|one day) it (?:might|may|won't|will) not be the wall\b|\bit won't be the wall\b",
        r"\b(?:she|he|they|my \w+)(?: is|'s| are| said (?:she is|he is|they are|she's|he's|they're)) (?:really |so |genuinely )?(?:scared|afraid|terrified) of me\b",
        r"\bcatch(?:ing)? a body\b",
        r"\b(?:stop|stopping|keep|keeping) myself from (?:hit|hitting|hurt|hurting|smack|smacking|slap|slapping|shake|shaking|strangle|strangling|choke|choking|kill|killing|attack|attacking|beat|beating|stab|stabbing|punch|punching) (?:my|the|him|her|them|someone|somebody|anyone|people|that|this|our)\b",
        r"\b(?:can't|cannot|can not|don't think i can|not sure i can) (?:hold|keep|stop) myself (?:back|from)\b",
        r"\b(?:going to|gonna|will|'ll|about to) (?:put|slip) (?:something|stuff|pills|drugs|poison|bleach) in\b",
        r"\b(?:going to|gonna|will|'ll|is going to) pay for (?:it|this|that|what (?:he|she|they) did)\b",
        r"\bmake (?:him|her|them|my \w+|that \w+) (?:pay|suffer|regret|bleed)\b",
        r"\b(?:won't|will not|can't) be (?:held )?responsible for what i (?:do|might do|'ll do|will do) (?:to|with) (?:him|her|them)\b",
        r"\b(?:wring|snap|break) (?:his|her|their) (?:\w+ )?neck\b",
        r"\b(?:throw|hurl|chuck|throwing) (?:something|it|things|stuff|this) at (?:her|him|them|the baby|my \w+)\b",
        r"\b(?:set fire to|torch|burn down|burn) (?:his|her|their) (?:place|house|car|flat|apartment|home)(?: down)?\b",
        r"\bmake sure (?:he|she|they) (?:never|can't|won't) (?:hurts?|hurt|touch(?:es)?|bothers?) (?:anyone|me|us|her|him) again\b",
        r"\b(?:going to|gonna|will|'ll|about to|want to) (?:flog|bash|batter|deck|glass|shank|stab|strangle|choke|punch|thump|belt|wallop|beat up) (?:the|that|this|my|his|her) \w+",
        r"\b(?:put|putting|slipped|slipping|slip|crushed) (?:something|stuff|pills|drugs|bleach|poison|\w+) (?:in|into) (?:his|her|their|my)(?: \w+'s)? (?:drink|food|coffee|tea|dinner|meal|water|bottle)\b",
        r"\b(?:going to|will|gonna|about to|want to) (?:jump|rush|go after|get|ambush|run up on) (?:him|her|them)(?: \w+){0,3} (?:when|after|tonight|outside|once)\b",
        r"\b(?:sitting|waiting|parked|hiding|standing) outside (?:her|his|their|my ex's) (?:house|place|work|flat|apartment|home)\b",
        r"\b(?:don't|do not|can't|cannot) trust myself (?:around|with|near|alone with) (?:" + KIDS + r"|him|her|them|people|anyone|my)",
    ],
    ABUSE_DANGER: [
        r"\b" + AGENT + r" (?:\w+ ){0,3}?(?:hit|hits|hitting|beat|beats|beating|beaten|punch|punched|punches|punching|kick|kicked|kicks|kicking|slap|slapped|slaps|slapping|choke|choked|chokes|choking|strangle|strangled|strangles|strangling|shove|shoved|shoves|shoving|push|pushed|pushes|pushing|rape|raped|rapes|raping|assault|assaulted|assaults|smack|smacked|smacks|bite|bit|bites|drag|dragged|drags|grab|grabbed|grabs|throw|threw|throws|burn|burned|burnt|strike|struck|stab|stabbed|attack|attacked|attacks|molest|molested|molests|touch|touched|touches|abuse|abused|abuses|abusing|suffocate|suffocated|smother|smothered|pin|pinned) (?:me|" + KIDS + r"|us)\b(?! (?:up (?:on|later|tomorrow|when|if|for|about)|on (?:instagram|insta|twitter|tiktok|snap)))",
        r"\b" + AGENT + r" (?:\w+ ){0,3}?(?:threaten|threatened|threatens|threatening|say|said|says|swore|swear|promise|promised|text|texted|tell|told) (?:me )?(?:that )?(?:to |(?:he|she|they)(?:'d|'ll| would| will| be going to| is going to| was going to) )?(?:kill|hurt|murder|beat|end|shoot|stab|take) (?:me|" + KIDS + r"|us|my (?:kids|children|family|dog|cat)|the kids)\b",
        r"\b" + AGENT + r" (?:\w+ ){0,2}?(?:be|is|'s|are|was|going to|gonna|will|'ll|about to|coming to|come to|trying to|try to|want to|wants to) (?:going to |gonna )?(?:kill|hurt|murder|beat|shoot|stab|strangle|choke|rape) (?:me|us|" + KIDS + r")\b(?! if i(?:'m| am| be)? (?:late|forget|eat|break|lose|miss|don't (?:clean|finish|call)))",
        r"\b(?:lock|locked|locks|locking|trap|trapped|traps|keep|keeps|kept|hold|holding|held) (?:me|us|" + KIDS + r") (?:in|inside|hostage|prisoner|captive|in the house|in my room|in the room|at home)\b",
        # "locked me up"; not "hay fever is keeping me up" or "traffic held me up".
        r"\b(?:lock|locked|locks|locking|trap|trapped|traps) (?:me|us|" + KIDS + r") up\b",
        r"\b(?:won't|will not|doesn't|does not|don't|do not|not) (?:let|allow) (?:me|us) (?:to )?(?:leave|go|out|see|call|use|have|eat|sleep|talk|contact)\b",
        r"(?<!\bi )(?<!\bi accidentally )\b(?:take|took|takes|taken|taking|smashed|broke|break|hid|hides|hide|keeps|keep) (?:away )?my (?:phone|keys|car keys|passport|money|id|documents|cards?)\b"
        r"(?![^!?]{0,60}\b(?:to renew|renewal|renewed|to the post office)\b)",
        # Medication kept from the writer, not the writer's own dose ("took my meds, had tea").
        r"(?<!^)(?<!\bi )(?<!, )(?<!\. )\b(?:take|took|takes|taken|taking|hid|hides|hide|keeps|keep|withholds?|withheld) (?:away )?my (?:medication|meds|insulin|inhaler)\b",
        r"\b(?:forced|forces|force|forcing|made|makes|make|pressured|pressuring|pressures) me (?:to )?(?:have sex|sleep with|do (?:things|stuff|sexual)|into sex|to have sex|watch|take drugs|do drugs|drink)\b",
        r"\b(?:raped|rape|sexually assaulted|assaulted|molested|abused) (?:me|last night|tonight|again|yesterday|today|this morning)\b",
        r"\b(?:i was|i got|i've been|i have been|i'm being|i am being|i am|i was just|i just got|i have just been) (?:\w+ )?(?:raped|sexually assaulted|strangled|choked|beaten up|beaten|attacked|assaulted|hit|abused|stabbed|kidnapped|trafficked|held hostage|drugged|spiked)\b",
        r"\b(?:put|puts|putting|had|has|wrapped|wraps) (?:his |her |their )?hands? (?:round|around|on) (?:me|my (?:neck|throat))\b",
        r"\bhands (?:around|on) my (?:neck|throat)\b",
        r"\b(?:he|she|they) (?:does not|doesn't|do not|don't|can't|cannot|must not|mustn't) (?:know|find out|see) (?:that )?i(?: am| have|'m)? (?:texting|talking|messaging|writing|using|have|got) (?:this|to you|you|a phone|this phone|here)\b",
        r"\b(?:texting|writing|messaging|typing) (?:you )?from (?:the|a) (?:bathroom|toilet|closet|car|cupboard|wardrobe|basement|garage)\b",
        r"\b" + AGENT + r" (?:\w+ ){0,2}?(?:have|has|got|get|be holding|is holding|holding|grabbed|grab|pulled|pull|point|pointed|pointing|waving) (?:a |his |her |the |their )?(?:gun|knife|weapon|blade|bat|machete)\b",
        r"\b" + AGENT + r" (?:\w+ ){0,2}?(?:be|is|'s|are) (?:(?:outside|banging on|breaking|trying to break|kicking|pounding on) (?:my |the |our )?|at (?:my |our )|at the (?=door|window)|at the (?=(?:house|flat|apartment)\b(?! (?:warming|hunting|viewing|complex|of)\b).*\b(?:hiding|hide|scared|afraid|terrified|banging|won't leave|wont leave|won't go|wont go|drunk|drinking|waiting|i'm at my|im at my|i am at my|screaming|shouting|smashing|police|with the kids|keeps calling|keeps ringing)\b))(?:door|house|home|window|flat|apartment|work|place|room)\b",
        r"\b(?:he|she|they|my ex|my \w+) (?:is|be|are|has been|have been|was) (?:\w+ )?(?:out there|outside|downstairs|in the driveway|parked outside|at my door|at the door|waiting outside|sitting outside)(?: now| right now| again| tonight|\W|$)",
        r"\b(?:sending|sent|sends|send) me (?:photos|pictures|pics|videos) of my (?:house|front door|door|car|street|work|window|kids)\b",
        r"\b(?:stalk|stalked|stalking|stalks|follow|followed|following|follows|track|tracked|tracking|tracks|watching|watches) (?:me|my (?:phone|location|car|every move))\b(?! (?:on (?:insta|instagram|twitter|x|tiktok|twitch|youtube|facebook|snap|snapchat|spotify|here|social)|back(?: on\b| lol\b|$)|around the house for (?:food|treats)))",
        r"\b(?:scared|afraid|terrified|frightened) (?:of (?:him|her|them|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mom|mum|stepdad))|to go home|to go back|for my life|for my (?:kids|children|safety|baby|son|daughter)|(?:that )?(?:he|she|they)(?:'ll| will| be going to| is going to| might| could) (?:kill|hurt|find|come|hit|beat))\b",
        r"\b(?:not|don't|do not|never) (?:feel )?safe (?:at home|here|with (?:him|her|them|my \w+)|right now|tonight|in my (?:own )?(?:home|house))\b",
        r"\bi (?:don't|do not) feel safe\b",
        r"\b(?:hiding|hide|hid) (?:from (?:him|her|them|my \w+)|in the (?:bathroom|closet|car|bedroom))\b(?![^.!?]*\b(?:hide and seek|game|surprise|party|presents?|gifts?|spider|wasp)\b)",
        r"\b(?:he|she|they) (?:\w+ ){0,2}?(?:find|found|track|tracked) (?:me|where i)\b",
        r"\b" + KIDS + r" (?:be|is|are|'s) (?:in danger|not safe|being (?:hurt|hit|abused|beaten))\b",
        r"\b(?:is|are|be) being (?:hit|beaten|abused|choked|strangled|attacked|hurt|raped|threatened)\b.*\b(?:right now|now|tonight|again)\b",
        r"\b(?:she|he|they|(?:my|her|his|their) \w+) (?:be|is|are|'s) (?:hitting|beating|choking|strangling|hurting|attacking|abusing|stabbing) (?:her|him|them|my \w+)\b",
        r"\b(?:domestic violence|domestic abuse)\b(?! (?:advocate\w*|awareness|charity|charities|laws?|training|course|sector|campaign|month|policy|research|statistics|stats|documentary|organi[sz]ation)\b).*\b(?:right now|tonight|now|happening|again|help)\b",
        r"\bhelp (?:me )?(?:he|she|they)(?:'s| is| be| are) (?:coming|here|back|outside)\b",
        r"\b(?:threat|threats) to (?:kill|hurt) (?:me|us|my)\b",
        r"\bbeat(?:s|ing)? me up\b",
        r"\b(?:left|leave|leaves) (?:me )?(?:bruises|marks|a black eye)\b",
        r"\bblack eye\b",
        r"\b(?:he|she|they)(?: is|'s| are) (?:throwing|smashing|breaking|hurling) (?:things|stuff|plates|furniture|chairs|bottles|glasses)\b",
        r"\b(?:car|truck|van|he|she|they) (?:is |was )?parked (?:on|outside|across from|near|down) my (?:street|house|road|flat|work)\b",
        r"\b(?:not supposed to know|found out|knows?|figured out) where i (?:live|am|work|stay)\b",
        r"\b(?:my \w+(?:'s \w+)?|he|she|they) (?:is|are|be|'s) (?:hitting|beating|choking|strangling|hurting|attacking|abusing|kicking|punching|slapping) (?:her|him|them|my \w+)\b",
        r"\b(?:took|taken|drove off with|ran off with|snatched|grabbed|kidnapped|won't give back|won't bring back|won't return) (?:my|our|the) (?:kids?|children|son|daughter|baby)\b",
        r"\b(?:i(?: will|'ll)|you(?: will|'ll)) never see (?:her|him|them|my kids|the kids|my \w+) again\b",
        r"\b(?:took|taken|hid|has|have|hiding|stole) (?:the |my |our )?(?:kids'?|children's|kid's|my|our) passports?\b",
        r"\b(?:comes|come|came|coming|sneaks|sneaking|creeps|gets|got) (?:into|in) (?:my|our) (?:room|bed|bedroom)(?: at night| when| while| and)",
        r"\b(?:touch|touches|touched|touching) me (?:down there|where|at night|when|inappropriately|and i|even though)",
        r"\b(?:got|gets|getting|get) (?:physical|rough|violent) (?:again|with me|tonight|last night|today)\b",
        r"\b(?:hide|hiding|cover|covering|cover up) (?:up )?(?:the |my )?bruises\b",
    ],
    SUBSTANCE_CRISIS: [
        r"\b(?:i|i've|i have|i think i|i might have|i may have|i just|we|she|he|they|my \w+|someone) (?:\w+ )?(?:overdose|overdosed|overdosing|od)\b",
        r"\b(?:is|are|be|am|might be|think (?:she|he|they|i) (?:is|am|are)) (?:overdosing|overdosed|od-ing)\b",
        r"\b(?:overdose|overdosing) (?:on purpose|again|now|right now|tonight|today)\b",
        r"\b(?:an|another) overdose (?:tonight|now|again|right now)\b",
        r"\b(?:want|going|plan|planning|about|trying|try) to (?:overdose|od)\b",
        r"\b(?:take|took|taken|taking|swallow|swallowed|swallowing|downed|down|popped|pop|popping|ate|eat) (?:way |like |perhaps |maybe |about |around |roughly |probably |almost |nearly |over |more than |at least )?(?:too many|too much|to many|to much|a lot of|lots of|loads of|a bunch of|a handful of|handfuls of|a whole|the whole|all (?:of )?(?:my|the|her|his|their)|all|double|triple|extra|a ton of|tons of|a fistful of|\d+|two|three|four|five|six|ten|twenty|thirty|fifty|a bottle of|a box of|a pack of|a strip of)(?: (?:bottle|pack|box|strip|sheet|packet) of)? (?:of )?(?:my |the |her |his |their )?(?:\w+ )?" + DRUG + r"\b" + ROUTINE_DOSE,
        r"\b" + DRUG + r" (?:and|with|plus|on top of|together with|mixed with|after|while) (?:a lot of |lots of |a bottle of |some |a bunch of |all the )?" + ALCOHOL + r"\b",
        r"\b" + ALCOHOL + r" (?:and|with|plus|on top of|after taking|after|while on|on) (?:my |the |some |a bunch of |a lot of )?" + DRUG + r"\b",
        r"\b(?:mix|mixed|mixing|combine|combined|combining) (?:my |some |the )?" + DRUG + r"\b",
        r"\b(?:can't|cannot|can not|unable to) stop (?:use|using|drink|drinking|take|taking|shoot|shooting|snort|snorting|smoke|smoking|doing|huff|huffing|sniff(?:ing)?(?![^.!?]*\b(?:hay ?fever|a cold|allerg\w*|runny|flu|sneez\w*|pollen|tissues?|crying)\b)|inhaling|popping|pop|inject|injecting|railing|chasing(?= (?:the (?:dragon|high)|highs?|a high|it|the next high)\b)|bingeing|binging)\b(?! (?:on |the |my )?(?:tv|netflix|shows?|series|episodes?|youtube|tiktok|snacks|chocolate|crisps|sweets|candy|popcorn|bubble ?wrap|pimples|spots|gum|glitter|fries|chips|candle|dreams|flowers|the (?:flowers|roses|candle)|my (?:knuckles|neck|back|joints)))",
        r"\b(?:not breathing|won't wake up|will not wake up|can't wake (?:him|her|them|up)|unresponsive|turning blue|lips (?:are |be )?blue|foaming at the mouth|passed out|barely breathing|breathing weird|heart (?:is |be )?(?:racing|pounding) so)\b.*\b(?:" + DRUG + r"|using|used|took|drinking|drunk|high|shot up|snorted)\b",
        r"\b(?:" + DRUG + r"|using|used|took|drinking|drunk|high|shot up|snorted)\b.*\b(?:not breathing|won't wake up|can't wake (?:him|her|them|up)|unresponsive|turning blue|lips (?:are |be )?blue|barely breathing|passed out|seizure|seizing)\b",
        r"\b(?:relapse|relapsed|relapsing|using again|shooting up|shot up|high right now|so high|too high|way too high|drunk and high)\b.*\b(?:scared|can't stop|help|die|dying|heart|chest|breathe|breathing|panic|alone|end it|want to die)\b",
        r"\b(?:just|i) (?:took|did|used|shot|snorted|smoked) (?:some |a lot of |a bunch of |way too much )?(?:heroin|fent|fentanyl|meth|coke|cocaine|crack|ket|ketamine|pills|xanax|benzos|molly|mdma|lean)\b.*\b(?:scared|help|too much|can't|heart|chest|breathe|feel weird|dying|pass out)\b",
        r"(?:(?<!\bwe )|(?=[^.!?]*\b(?:shaking|vomit\w*|throwing up|can't breathe|cant breathe|heart|passed out|pass out|won't wake|wont wake|unconscious|blacked out)\b))\bdrank (?:a whole|the whole|an entire|two|a full) (?:bottle|fifth|handle)\b(?! between)",
        r"\b(?:took|popped|swallowed|downed|pop|take|swallow) (?:way |like |far |so )?too many(?! (?:cookies|selfies|photos|pictures|notes|classes|shifts|days|breaks|naps|risks|chances|steps|questions))\b",
        r"\b(?:alcohol|drug) poisoning\b",
        r"\b(?:is|looks|gone|going|turned|turning) (?:kind of |kinda |a bit |really |all )?(?:blue|grey|gray)\b.*\b(?:using|used|took|taking|drinking|drank|drink|" + DRUG[3:-1] + r")\b",
        r"\b(?:using|used|took|taking|drinking|drank|" + DRUG[3:-1] + r")\b.*\b(?:is|looks|gone|going|turned|turning) (?:kind of |kinda |a bit |really |all )?(?:blue|grey|gray)\b",
        r"\b(?:snoring (?:weird|strange|funny|loud)|gurgling|making gurgling)\b",
        r"\b(?:vomiting|throwing up|coughing up|puking|spitting) (?:up )?(?:some |a bit of |a lot of )?blood\b",
        r"\b(?:overdid it|took too much|did too much|had too much|used too much)\b.*\b(?:heart|chest|breath|breathe|can't|scared|dizzy|help|dying)\b",
        r"\b(?:everything is going dark|going dark|drifting off|can't keep my (?:head|eyes) (?:up|open)|slipping away|fading out|feeling (?:real |really |so )?heavy and slow)\b",
        r"\b(?:relapsed|relapse|used again|using again)\b.*\b(?:old amount|usual amount|same amount|old dose|tolerance|drifting|nodding|heavy)\b",
        r"\b(?:cold turkey|withdrawal|withdrawing|detoxing|the shakes|dts|coming off|quitting|stopped taking)\b.*\b(?:seeing things|hallucinat\w+|seizure|fit|fits|fitting|shaking so bad|can't stop shaking|hearing things)\b",
        r"\b(?:gone|going|turned|turning) (?:grey|gray|blue|pale) (?:and|&) (?:clammy|cold|sweaty|floppy)\b",
        r"\bbreathing (?:is |really |very |so |super )*(?:slow|shallow|weird|funny|rattly)\b",
        r"\b(?:uth nahi raha|saans nahi|hosh nahi)\b",
        r"\b(?:fiending|jonesing|dopesick|dope sick|withdrawing|in withdrawal|craving|cravings)\b.*\b(?:can't stop|can't take|dying|help|so bad|need to use|going to use)\b",
        r"\b(?:he|she|they|my \w+|someone)(?: \w+){0,8} (?:won't|will not|isn't|is not|wouldn't|would not|can't) (?:wake up(?! (?:for (?:school|work|class|brunch|breakfast|lunch|church|our|the alarm|his alarm|her alarm)|in time|on time|early)\b)|waking up|breathing|responding|respond|be woken|come round|come to)\b",
        r"\b(?:fell out|passed out|collapsed|blacked out) (?:after|from) (?:using|hitting it|taking|drinking|the pills|shooting|doing)\b",
        r"\b(?:too much|too many|to much|to many) (?:" + DRUG + r"|" + ALCOHOL + r") (?:and|now|tonight|i|i'm|to)\b",
    ],
}

# Ways of saying it that the lists above missed on sets written apart from them: coping
# and relapse in self-harm, "does anyone else...", searching for ways, being forgotten
# after death, intrusive thoughts that turn into a plan. "(?#self)" marks a pattern that
# is about the writer even when worded as a question about people in general
# ("does anyone else hurt themselves after...?"): rules.py does not explain it away.
RAW[SELF_HARM] += [
    r"\b(?:cutting|burning|scratching|hurting myself|hitting myself|self harm(?:ing)?)(?: myself)? (?:is|be|was|has been|became) (?:how|the only (?:way|thing)|what|my way) (?:i |that )?(?:cope|deal|get through|calm|feel|manage|keep going)",
    r"\bi (?:cope|deal(?: with (?:it|things|him|her|this))?|get through (?:it|the night|this|the day)|calm (?:myself )?down) (?:by|with) (?:cutting|burning|scratching|hurting myself|hitting myself|self harm\w*|the (?:razors?|blades?))",
    r"\b(?:back (?:on|to|at|with)|relapsed? (?:on|with|to)|picked up|reached for|went back to|got out|hiding|hid|bought new|need|want|craving) (?:\w+ ){0,4}?(?:the |my |a |new )?(?:razors?|blades?|sharps|sharpener)\b(?!.*\b(?:shav\w*|legs|beard|face|craft|scrapbook|lawn|mower|skates?|skating)\b)",
    r"(?#self)\b(?:does|do) (?:anyone|anybody|any of you|other people|ppl|people) else (?:ever )?(?:\w+ ){0,2}?(?:hurt|cut|burn|harm|scratch|hit|punish) (?:themselves|themself|their (?:arms?|legs?|skin|wrists?))\b",
]
RAW[SUICIDE] += [
    # A letter meant to be read afterwards; a wish for the next life.
    r"\b(?:if|when|by the time) (?:you|anyone|u|you all|you guys) (?:ever |finally )?(?:read|reads|find|finds|see|sees) this\b.*\b(?:not your fault|wasn't your fault|was not your fault|loved you|love you (?:all|so much|more than)|i'm sorry|forgive me|goodbye|take care of)",
    r"\b(?:none of (?:it|this) (?:was|is)|it (?:was|is) not|it wasn't) (?:your|anyone's|his|her) fault\b.*\b(?:loved you|(?:mummy|mommy|mum|mom|daddy|dad) lov\w+ you|goodbye|i'm sorry|forgive me|when i'm gone)",
    r"\b(?:hope|wish|pray|praying|hoping) (?:that )?(?:the|my) (?:next life|afterlife|other side|life after this|next world)(?: will| would| is)? (?:be )?(?:kinder|better|easier|gentler|nicer|happier)\b",
    r"\b(?:see you|meet you|join (?:him|her|them|you)) (?:in|on) (?:the )?(?:next life|other side|afterlife)\b",
    r"\b(?:picked|picking|pick|chose|chosen|choosing|planned|planning|plan|sorted|sorting|wrote|writing|arranged|arranging) (?:out )?(?:the |a )?(?:song|songs|music|playlist|hymns?|outfit|clothes|flowers|readings?|details)? ?(?:for )?my (?:own )?funeral\b",
    r"(?#self)\b(?:does|do) (?:anyone|anybody|any of you|other people|people) else (?:ever )?(?:\w+ ){0,2}?(?:want to die|wish (?:they|they'd|they were) (?:\w+ )?(?:dead|gone|never born)|think about (?:killing themselves|ending it|dying|suicide|not waking up))\b",
    r"\b(?:research|researching|researched|look up|looking up|looked up|google|googling|googled|search|searching|searched)(?: up| for)? (?:ways|methods|how to do it|painless ways|how much it would take)(?= *(?:[.!,;]|$| and | but | not | lol| tbh| i |to (?:die|do it|end it|go|not wake up|kill|stop)))",
    r"(?#self)\b(?:stop|start) missing (?:me|you)\b.*\b(?:(?:am|are|be|'m|'re) gone|dead|die|died|passed)\b|\b(?:forget|forgotten) (?:about )?me (?:after|once|when) i(?: am|'m| be)? (?:gone|dead)\b",
]
RAW[SELF_HARM] += [
    # A clean streak that has just ended ("relapsed. 200 days gone").
    r"\b(?:relapsed|relapse|slipped|messed up)\b(?! on (?:sugar|chocolate|caffeine|coffee|junk food|carbs|sweets|candy|my diet|tiktok|social media|netflix|shopping|gaming|texting him|texting her))(?!.*\b(?:lol|lmao|haha)\b).*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|hundred) (?:days?|weeks?|months?|years?) (?:gone|down the drain|wasted|ruined|for nothing)\b",
    r"\b(?:relapsed|relapse)\b.*\b(?:back to day (?:one|1|zero|0)|streak (?:is )?(?:gone|over|broken|reset|ended))\b|\b(?:back to day (?:one|1|zero|0)|streak (?:is )?(?:gone|over|broken|reset|ended))\b.*\brelapsed?\b",
    r"\b(?:cut|cutting|self harm\w*|burning myself|hurting myself|burned myself|burnt myself)\b.*\b(?:picked it (?:back )?up|started (?:it )?again|doing it again|did it again|back to it|back at it|relapsed)\b",
]
RAW[SELF_HARM] += [
    r"\b(?:the |my )?(?:sharp (?:stuff|things|ones)|sharps|blades?|razors?)\b.*\b(?:know where (?:else )?(?:to|i can|i could) (?:find|get) (?:some|more|one|them|it)|can (?:always )?get (?:more|some|another)|hid(?:den)? (?:some|one|them))\b",
]
RAW[ABUSE_DANGER] += [
    # Injuries someone close caused, on the writer or a child.
    r"\b(?:i|" + KIDS + r") (?:has|have|got|be|is|are|'s|'ve got|has got) (?:\w+ )?(?:welts|bruises|bruised|marks|burns|a black eye|black eyes|cuts|a split lip|fingerprints|handprints|a broken \w+) (?:\w+ ){0,3}?(?:from|because of|after) (?:him|her|them|his|her|their|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mom|mum|mother|stepdad|stepfather|stepmum|stepmom))\b",
    r"\b(?:he|she|they|my \w+) (?:calls?|call|calling) it (?:discipline|punishment|tough love|teaching (?:me|him|her|them) a lesson)\b",
    # Asking for a refuge or the domestic-violence line is asking for help now.
    r"\b(?:number|phone number|hotline|helpline|line|contact|address) (?:for|of|to) (?:a |the |any )?(?:women's )?(?:refuge|shelter|safe house|women's aid|dv (?:line|hotline|shelter)|domestic (?:violence|abuse) (?:line|hotline|helpline|shelter|service))\b",
    r"\b(?:quick|quickly|hurry|hurry up)\b.*\b(?:he|she|they)(?:'s| is| are|'re) (?:coming back|coming home|outside|at the door|on (?:his|her|their) way|(?:home|back) early)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:took|swallowed|downed|necked|popped|had|taken|swallow|take) (?:a load of|loads of|a lot of|lots of|a bunch of|a handful of|handfuls of|a whole (?:pack|box|bottle|strip|packet) of|the whole (?:pack|box|bottle|strip|packet) of|\d{2,}|twenty|thirty|forty|fifty) (?:\w+ )?" + DRUG + r"\b" + ROUTINE_DOSE,
    r"\b(?:sober|clean|off licen[cs]e|liquor store|bottle shop|bottle o|the pub|the bar|my dealer|dealer|using|relapse|drink|drinking|bottle)\b.*\b(?:someone|somebody|please|pls|plz) (?:stop|talk) me(?: out of it| down| from (?:using|drinking|going in|buying (?:a|another|more) (?:bottle|drink|gear)))?(?= *(?:[.!]|$))(?!.*\b(?:lol|lmao|haha)\b)",
]
RAW[HARM_OTHERS] += [
    r"\b(?:thoughts?|urges?|fantasies|fantasy|images?) (?:about|of) (?:hurting|killing|harming|stabbing|strangling|attacking|drowning|smothering) (?:\w+ ){0,3}?.*\b(?:(?:more )?like a plan|a plan|planning|plans|feel(?:s|ing)? real|stronger|worse|can't stop|act on (?:it|them)|going to do it)\b",
]

# Stop 16: phrasings from a fresh unseen set that no pattern spelt out, written generally.
RAW[SUICIDE] += [
    # "glad that's the last thing she'll remember (of me)"
    r"\b(?:glad|happy|good|at least|nice|better|relieved)\b[^.!?]*\b(?:the )?last (?:thing|memory|words?) (?:(?:she|he|they|you|my \w+|everyone|people) (?:will|would)|shell|hell|theyll|youll) (?:remember|hear|see)\b|\blast (?:thing|memory) (?:(?:she|he|they|you|my \w+|everyone|people) (?:will|would)|shell|hell|theyll|youll) (?:remember|have) (?:of|from|about) me\b",
    r"\b(?:pills|tablets|meds|medication|painkillers) (?:are |be )?(?:all )?(?:counted|lined|laid|set) out\b|\b(?:counted|counting|lined up|lining up|laid out|set out) (?:out )?(?:all )?(?:the |my |of )?(?:pills|tablets|meds|medication|painkillers)\b",
    r"(?#self)\b(?:max|maximum|most|how (?:much|many)|amount|number|dose|quantity)\b(?=[^.?!]*\b(?:" + DRUG[3:-1] + r")\b)[^.?!]*\b(?:before (?:it's|it is|its|it be|it'd be|it would be|you die|it gets) (?:fatal|lethal|deadly|too late)|(?:to be|would be|is|be) (?:fatal|lethal|deadly))\b(?![^.?!]*\b(?:for (?:a|my|the) (?:dog|cat|pet|puppy|kitten)|school|essay|assignment|exam|class)\b)",
]
RAW[SELF_HARM] += [
    r"\b(?:new|fresh|a few new|a few fresh)(?: new| fresh)? (?:cuts|burns|wounds) (?:on (?:my|me)|lol|again|today|tonight|last night|this week|nothing serious|no big deal)\b|\b(?:just |only )?(?:a few|some|couple of|a couple) (?:new|fresh) (?:cuts|burns|marks|wounds)\b",
    r"\b(?:hide|hiding|cover|covering|cover up|conceal|concealing) (?:up )?(?:the |my |these |those )?(?:fresh |new |latest )(?:marks|cuts|scars|burns|wounds)\b",
    r"\b(?:wounds?|cuts|burns|injury|injuries) (?:that )?(?:i|you) (?:don't|do not|can't|cannot|wouldn't) (?:want )?(?:a doctor|the doctor|anyone|anybody|my (?:mum|mom|dad|parents|gp)|people) (?:to )?(?:see|know|find out|notice)\b",
    r"\b(?:bandages|plasters|band ?aids|gauze|dressings|first aid kit|steri strips)\b[^.!?]*\b(?:before|so|without) (?:anyone|anybody|nobody|no one|my (?:mum|mom|dad|parents|wife|husband|partner)) (?:notices|sees|finds out|asks|knows)\b",
    r"\bfirst aid kit (?:is |be )?(?:empty|out|running low) (?:again )?(?:because of|bc of|cause of|coz of) me\b",
]
RAW[HARM_OTHERS] += [
    r"\b(?:put|slip|spike|crush|add)\b[^.?!]*\b(?:in|into) (?:his|her|their|someone's|my \w+'s) (?:drink|food|coffee|tea|dinner|meal|water|bottle|smoothie)\b[^.?!]*\b(?:wouldn't|won't|doesn't|not) (?:show up|show|be traced|be detected|taste|notice)\b",
    r"\b(?:how much|how many|what amount|enough)\b[^.?!]*\b(?:(?:make|making|get) (?:someone|him|her|them|a person) (?:really |very )?(?:sick|ill|pass out|sleep)|knock (?:someone|him|her|them|a person) (?:out|unconscious))\b[^.?!]*\b(?:drink|food|coffee|tea|without|notice|tast\w+|in (?:it|their))\b",
    r"\b(?:bought|got|buying|getting|carrying|bringing) (?:a |some |myself a )?(?:knife|gun|bat|baseball bat|pepper spray|crowbar|hammer|machete|weapon)\b.*\b(?:not) for (?:protection|self[- ]?defen[cs]e|defen[cs]e|sport|baseball|softball|camping|work)\b",
    r"\bso (?:that )?i (?:can|could) (?:hurt|kill|attack|stab|hit|ambush) (?:them|him|her|both of them|them both|the two of them)\b",
    r"\b(?:driving|drive|drove|walking|walk|walked) (?:past|by) (?:their|his|her|my ex's) (?:place|house|flat|home)\b[^.?!]*\b(?:hurt|kill|attack|make (?:him|her|them) pay)\b",
]
RAW[ABUSE_DANGER] += [
    r"\b(?:he|she|they|my \w+)(?:'s| is| are| has| have|'ve| be)? (?:started|starting|start|begun|begin) (?:\w+ )?(?:choking|strangling|hitting|slapping|punching|kicking|pushing|shoving|threatening|grabbing|spitting at) (?:me|us)\b",
    r"\b(?:held|holds|holding|hold|forced|forces|force) (?:my head|me|my face) (?:under|into|in) (?:the )?(?:\w+ )?(?:water|bath|bathwater|pool|sink|toilet|pillow)\b|\b(?:pushed|pushes|push|pushing|shoved|shoves) (?:my head|my face) (?:under|into|in) (?:the )?(?:\w+ )?(?:water|bath|bathwater|pool|sink|toilet|pillow)\b|\b(?:pushed|shoved|held) me under\b",
    r"\b(?:he|she|they|my \w+)(?:'s| is| are| be)? (?:reading|reads|read|looking|looks|watching|watches|standing|stands) over my shoulder\b(?![^.!?]*\b(?:lol|haha|lmao)\b)|\b(?:he|she|they)(?:'s| is| are| be)? (?:watching|reading|checking) (?:my (?:screen|phone|messages|texts)|what i (?:type|write|send))\b",
    r"\b(?:he|she|they|my \w+)(?:'s| is| are| be) (?:literally |actually )?(?:in|at|outside|parked (?:outside|in|at)|waiting (?:in|at|outside)) (?:the |my )?(?:car park|parking lot|carpark|my work|work|my door|the door|my house|the house|my flat|my school|reception|the lobby|the street|outside)\b[^.?!]*\b(?:now|right now|rn|again)\b",
    r"\b(?:packed|packing|pack) (?:a |my |our |the )?(?:bag|bags|suitcase|things)\b[^.?!]*\b(?:kids|children|baby|son|daughter)\b[^.?!]*\b(?:where (?:do|can|should) (?:we|i) go|tonight|now|before he|before she)\b",
]
RAW[SUICIDE] += [
    r"\b(?:nobody|no one|noone)(?: would| will)? (?:even )?(?:miss|notice|care about) me\b(?! (?:at|in|when i (?:leave|go to)|if i (?:leave|skip|don't go|miss)))|\b(?:nobody|no one)(?: would| will)? (?:even )?(?:notice|care) if i (?:was|were|am|be) gone\b",
]
RAW[SELF_HARM] += [
    r"\b(?:cutting|self harm(?:ing)?|hurting myself|burning myself|the cuts|the pain)\b (?:really |still |honestly |actually |just |kind of |kinda )?(?:helps|is helping|works|is the only thing|makes (?:it|me feel|things) (?:better|ok|okay|quiet)|calms me)\b",
    r"\bi (?:\w+ )?(?:skip|skipping|skipped|starve|starving|starved|stop eating|don't eat|do not eat|refuse to eat)\b[^.!?]*\b(?:as (?:a )?punishment|to punish myself|because i deserve)\b|\bpunish(?:ing|ed)? myself by (?:not eating|starving|skipping)\b",
    r"\b(?:bandaged|bandage|patched|patch|taped|tape|strapped) (?:it|them|myself|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|cuts|wounds|stomach)) up\b.*\b(?:old habits|go back|went back|going back|relapsed?|nobody saw|no one saw|before anyone)\b|\bold habits\b.*\b(?:bandag\w+|plasters?|not (?:too |that |very )?deep|blood)\b",
]
RAW[SUICIDE] += [
    r"\bthe (?:spot|place|bridge|cliff|building|tracks?|car park|roof|edge) where i(?:'d| would| will| could| want to| am going to| be going to| plan to| am planning to| 'll) (?:do it|end it|jump|go)\b",
    r"(?#self)\bhow (?:many|much) (?:of (?:these|them|those|my \w+)|pills|tablets|meds) (?:(?:would|will|does|did) it|it (?:would|will|'d)) take\b(?= *(?:[.!?,]|$|lol|honestly|to be honest|though|really|for me|asking))",
    r"\bknow what i(?: am|'m) (?:going to do|doing|gonna do)(?: on| this| next)? ?(?:\w+day|the \d+\w*|the weekend|tonight|tomorrow)?\b.*\b(?:relief|calm|at peace|peaceful|lighter)\b",
]
RAW[SUICIDE] += [
    # Envy of the dead: "i read about people who ended it and i'm jealous of them".
    r"\b(?:jealous|envious|envy)\b[^.!?]*\b(?:people|those|them|anyone|everyone|someone|somebody) (?:who|that) (?:ended it|end it|died|die|killed themselves|kill themselves|are dead|get to die|got to die|didn't wake up|never wake up|are gone|went through with it)\b|\b(?:people|those|them|anyone|someone|somebody) (?:who|that) (?:ended it|killed themselves|went through with it|got to die|get to die)\b.*\b(?:jealous|envious|envy)\b",
]
RAW[SELF_HARM] += [
    r"\b(?:took|take|taking|taken|broke|break|breaking|broken) (?:apart|open) (?:a |my |the |another |his |her )?(?:pencil )?(?:sharpener|razor|shaver|disposable razor)s?\b|\b(?:got|get|getting|took|take|taking) the blades? out of (?:a |my |the |another )?(?:pencil )?(?:sharpener|razor|shaver)\b",
]
RAW[HARM_OTHERS] += [
    r"\b(?:one more|if (?:he|she|they) (?:\w+ ){0,4}?(?:again|one more time))\b[^.!?]*\b(?:i'm|i am|i'll|i will|i be) (?:grabbing|getting|going to get|going to grab|going for|reaching for|using|grab|get) (?:the|my|a|his|her) (?:bat|knife|gun|hammer|crowbar|machete|axe|blade|rifle|shotgun)\b",
]
RAW[ABUSE_DANGER] += [
    r"\b(?:had|has|have|got|grabbed|grabs|grab|pinned|pins|held|holds|hold|holding|grabbing) me (?:up )?by (?:the|my) (?:throat|neck|hair)\b",
    # Fled, and nowhere to go.
    r"\b(?:i|we) (?:just |finally )?(?:left|got out|ran|escaped|fled|took the kids)\b(?! (?:the kids|work|the office|school|early|for|my job|uni|college)).*?\b(?:(?:don't|do not|dont) know where (?:to go|to sleep|we can go|i can go)(?! from here| next| in life| with| for)|nowhere to (?:go|sleep|stay)|where (?:can|do) (?:we|i) (?:sleep|stay) tonight)\b",
    r"\b(?:type|typing|quick|quickly|hurry|fast|delete|deleting)\b.*\b(?:he|she|they)(?:'s| is| are)? (?:might |could |will |may |is going to |be going to |about to )?(?:be )?(?:come|coming|get|getting|walk|walking|be) (?:back|home|in) (?:any (?:minute|second|moment|time now)|soon|in a (?:minute|sec|second|bit|few minutes))\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:collapsed|fitting|seizing|burning up|overheating) (?:after|from) (?:a|an|the|some|that|those|his|her|one|two|half a) (?:pill|pills|tab|tabs|line|lines|e|molly|hit|dose)\b",
    r"\b(?:injected|shot up|snorted|smoked|took|swallowed|dropped|used) (?:something|some \w+|a \w+|too much)\b.*\b(?:hasn't|has not|hasnt|won't|isn't|is not|not|can't) (?:moved|moving|woken|waking|wake up|responding|breathing|open(?:ed|ing)? (?:his|her|their) eyes)\b",
]
RAW[SUICIDE] += [
    r"\bmy (?:last|final|dying) (?:wish|request|words?|goodbye)\b",
    r"\bplan(?:s|ned|ning)? (?:out )?my (?:own )?(?:death|suicide|ending|funeral)(?: out)?\b",
    r"(?#prep)\b(?:quarry|bridge|cliff|cliffs|tracks|railway|rooftop|viaduct|overpass|pier|multi ?storey|car park roof)\b.*\b(?:one (?:last|final) time|for the last time)\b|\b(?:one (?:last|final) time|for the last time)\b.*\b(?:quarry|bridge|cliff|cliffs|tracks|railway|rooftop|viaduct|overpass|pier)\b",
]
RAW[SELF_HARM] += [
    r"(?#self)\b(?:slam|slammed|slamming|bang|banged|banging|hit|hitting|punch|punching|smash|smashing|scratch|scratching|burn|burning|bite|biting|pinch|pinching|cut|cutting) (?:my|their|your|his|her) (?:own )?(?:hand|hands|head|fist|fists|arm|arms|fingers|legs?|wrists?|skin|thighs?)\b[^.!?]*\b(?:on purpose|deliberately|to feel (?:something|it|pain))\b",
]
RAW[HARM_OTHERS] += [
    r"\b(?:thinking (?:about|of)|think about|considering|want to|wanna|going to|planning to|plan to|could easily) (?:poison|poisoning|spike|spiking|drug|drugging|tamper with|tampering with) (?:him|her|them|someone|his (?:drink|food|coffee|tea|meal|dinner)|her (?:drink|food|coffee|tea|meal|dinner)|their (?:drink|food|coffee|tea|meal|dinner)|my (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|mom|stepdad|boss)(?:'s (?:drink|food|coffee|tea))?)\b",
    r"\bnext time,? i (?:am not|will not|won't|be not) (?:just |only )?(?:going to )?(?:drive|driving|walk|walking|look|looking|watch|watching|sit|sitting) (?:past|by|outside)\b|\b(?:i'm|i am|i won't|i will not) (?:not )?(?:just |only )(?:driving|walking|going to drive|going to walk) (?:past|by) (?:next time|again)\b",
    r"\b(?:none of us|nobody|no one)(?: is| are|'s|'re| will| be)? (?:walking|getting|coming|making it|going to walk|going to get|leave|leaving) out (?:of (?:that|this|the) (?:building|court|courtroom)|alive)\b",
]
RAW[ABUSE_DANGER] += [
    r"\b(?:he|she|they|my \w+) (?:broke|breaks|kicked|kicks|smashed|smashes|forced|forces|climbed|climbs) (?:in\b(?! (?:half|two|tears|a sweat))|into (?:my|the|our) (?:\w+ )?(?:house|flat|place|home|room|bedroom|car)|(?:down|in) (?:my|the|our) (?:\w+ )?(?:door|window|gate))(?![^.!?]*\b(?:game|level|market|industry|business|song|locked myself out|keys)\b)",
    r"\b(?:violated|violates|violating|broke|breaking|breaks|ignores|ignored|ignoring) (?:the |his |her |their |my )?(?:restraining|protection|protective|no contact|non-?molestation) order\b|\b(?:restraining|protection|protective|non-?molestation) order (?:didn't|doesn't|does not|did not|won't|hasn't|isn't|means nothing|is useless|is just paper)\b",
]
RAW[SUICIDE] += [
    # Standing somewhere high or on the tracks, now.
    r"\bi(?: am|'m)? (?:\w+ )?(?:standing|sitting|stood|sat|here|up|out|waiting|parked) (?:on|at|by|near|on top of|at the top of|at the edge of) (?:the |a |this )?(?:bridge|roof|rooftop|ledge|edge|cliff|cliffs|tracks|railway|train tracks|platform edge|balcony rail|overpass|viaduct|car park roof|multi ?storey)\b(?![^.!?]*\b(?:fireworks|view|sunset|photos?|pictures|tour|queue|waiting for (?:the|a|my) (?:train|bus|tram)|commute|late|delayed|fixing|gutters?|repair\w*|studying|working|painting|cleaning|drinks|bar|party|garden|solar|aerial|antenna|satellite)\b)",
    r"(?#prep)\b(?:this is (?:probably |prob |likely |prolly )?my last (?:message|text|post|msg)|(?:probably|prob|prolly) my last (?:message|text|post|msg)|(?:my )?last (?:message|text|msg|post) from me(?: probably| prob| ever)?)\b(?![^.!?]*\b(?:before (?:i|my|the) (?:holiday|trip|exam|flight|move|break|shift|bed)|of the (?:day|night|year)|for (?:today|tonight|now)|till|until)\b)",
    # A medical question (rules.MEDICAL_QUESTION_MARK): "...? i took 2 for a headache".
    r"(?#self)(?#medq)\b(?:can|could|would|will|do|does|did) (?:you|i|someone|a person|people|u) (?:\w+ )?(?:overdose|die|go to sleep|fall asleep|pass away) (?:on|from|with|after) (?:" + DRUG[3:-1] + r")\b",
]
RAW[SUICIDE] += [
    r"(?#self)\b(?:would|will|could|do|does) (?:i|you|u|someone|a person) (?:just )?(?:fall asleep|go to sleep|not wake up|die|feel (?:it|anything)|suffer|be in pain|hurt)\b[^.!?]*\bif (?:i|you|u|someone|they) (?:overdosed?|took|take|swallowed|swallow|had) (?:on )?(?:all |a lot of |too many |enough |the whole )?(?:of )?(?:my |the |these |your |their )?(?:(?:bottle|box|pack|packet|strip) of )?(?:" + DRUG[3:-1] + r")\b",
]
RAW[SELF_HARM] += [
    r"\bhow deep (?:is too deep|before it|is dangerous|should (?:i|a cut))\b(?![^.!?]*\b(?:pool|water|plant|planting|bulbs?|seeds?|hole|dig|snow|ocean|sea|dive|diving|lake|foundation|post|tattoo|roots?|soil|frying|fryer|oil)\b)",
]
RAW[HARM_OTHERS] += [
    r"\b(?:antifreeze|bleach|rat poison|eye drops|visine|arsenic|cyanide|weed killer|insulin|laxatives?|sleeping pills|crushed pills|ground up pills)\b[^.!?]*\b(?:in (?:a|his|her|their|my \w+'s|someone's) (?:drink|food|coffee|tea|meal|dinner|water|wine|beer|smoothie)|(?:would|will|could|wouldn't|won't) (?:he|she|they|someone|him|her) (?:notice|taste|detect))\b",
    r"\b(?:sentence|jail time|prison time|how long (?:would|do) (?:i|you) get|charge|charged)\b[^.!?]*\b(?:assault|murder|manslaughter|gbh|abh|stabbing|killing|attacking|beating)\b[^.!?]*\b(?:if (?:he|she|they)|provoked|asking (?:before|for me)|before (?:tomorrow|tonight|i do)|tonight|tomorrow)\b",
    r"\b(?:hurt|harm|poison|kill|injure|brakes|his drink|her drink)\b[^.!?]*\bwithout (?:it being obvious|it looking (?:like|obvious|deliberate)|anyone (?:knowing|noticing|finding out|suspecting)|getting caught|leaving (?:a trace|marks|evidence)|a trace|being traced|being detected)\b",
    r"\b(?:make|get) (?:someone's|his|her|their|my \w+'s|the) (?:brakes|steering|tyres|tires) (?:fail|stop working|give out|go out)\b",
]
RAW[ABUSE_DANGER] += [
    r"\b(?:delete|hide|clear|erase|wipe) (?:this|the|my|our) (?:chat|conversation|messages|history|texts|app)\b[^.!?]*\b(?:if|before|when|in case) (?:he|she|they|my \w+) (?:walks in|comes (?:in|home|back)|sees|finds|checks|looks|wakes)\b",
    r"\b(?:he|she|they|my (?:husband|partner|boyfriend|wife|girlfriend|ex|fiance|fiancee|dad|stepdad|father))(?:'s| is| are) (?:asleep|out|at work|gone out|passed out|in the shower|at the pub)\b.*\b(?:what (?:should|do|can) i (?:take|pack|bring|grab)|take with me|pack (?:a|my) bag|get out|leave now|run now|i have (?:maybe |about |only )?(?:\d+|one|two|three|an?) (?:hours?|minutes?|mins))\b",
    r"\bwhat (?:should|do|can) i (?:take|pack|bring|grab) (?:with me )?(?:when|if|before) (?:i (?:leave|run|flee|get out)|(?:he|she|they) (?:wakes|comes|gets))\b(?![^.!?]*\b(?:holiday|trip|camping|festival|uni|university|college|vacation|hospital|flight|home for|abroad|job)\b)",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:someone|somebody|he|she|they|my \w+|this (?:guy|girl)) (?:\w+ ){0,4}?(?:is |are |be |started |keeps |has started )?foaming at the mouth\b(?![^.!?]*\babout\b)",
    r"\b(?:drank|downed|necked|had|finished|drunk) (?:a|an|half a|a whole|the whole|most of a|two|three|\d+) (?:litre|liter|bottle|fifth|handle|quart)s? of (?:vodka|whiskey|whisky|gin|rum|tequila|spirits?|liquor|jager|absinthe)\b[^.!?]*\b(?:in (?:like |about |under )?(?:an|one|half an|\d+) (?:hour|minutes?|mins?)|just|tonight|alone|sober)\b|\b(?:was|been|i was) (?:sober|clean) (?:for )?(?:\d+|a|one|two|three|six|nine) (?:days?|weeks?|months?|years?)\b.*\b(?:just|tonight) (?:drank|downed|used|took|relapsed|had)\b",
]
RAW[SUICIDE] += [
    # "how many tylenol would it take to die?": a lethal-dose question is never general.
    r"(?#self)\bhow (?:many|much) (?:(?:of )?(?:my |the |these |those |her |his )?(?:" + DRUG[3:-1] + r") )?(?:would|will|does|do|did|could|should|is|would you|do you|do i|would i)(?: it| you| i| one| someone| a person)? (?:take|need|have to take|need to take|be enough) (?:to|before you|before i|till|until|for (?:you|me|someone|a person) to) (?:die|be dead|not wake up|never wake up|stop breathing|end it|kill (?:you|me|yourself|myself|someone|a person)|overdose|od)\b"
    r"(?![^.!?]*\b(?:dogs?|cats?|pets?|puppy|kitten|rats?|mice|horse|for (?:my|an?|the) (?:exam|essay|class|module|course|assignment)|school project|nursing|pharmacology|toxicology|bacteria|germs|weeds|tree|plants?|lice|fleas)\b)",
    r"(?#self)\b(?:lethal|fatal|deadly|toxic|overdose|killing) (?:dose|amount|quantity|level|limit)s? (?:of|for) (?:" + DRUG[3:-1] + r")\b(?![^.!?]*\b(?:dogs?|cats?|pets?|puppy|kitten|exam|school|essay|class|nursing|pharmacology|module|course|assignment)\b)",
    r"\b(?:don't|do not|dont) want (?:her|him|them|my \w+|anyone|the kids|my (?:kids|children)) to (?:be the (?:one|first one|person) (?:who|that|to) )?(?:find|finds) me\b(?! (?:a|an|the|this|that|some|attractive|annoying|boring|weird|funny))",
    r"\b(?:the one|the first one|first person|the person|the first person|one) (?:who|that|to) (?:finds|find|will find) me\b(?= *(?:[.!?,;]|$|\b(?:and|so|when|dead|like this|first|after|on|in)\b))|\b(?:who|whoever) (?:finds|will find|is going to find) me\b(?= *(?:[.!?,;]|$|\b(?:dead|like this|first|after)\b))",
]
RAW[SELF_HARM] += [
    r"\b(?:sharpener|razor|blades?|scalpel|craft knife|box cutter)s?\b[^.!?]*\b(?:(?:is|are|it's|it is|its|they're|they are) )?not (?:for|to (?:use )?(?:on|for)) (?:pencils|shaving|my legs|my face|art|crafts?|drawing|work|the garden|cooking)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:used|took|did|shot|smoked|had|tried|picked up) (?:h|heroin|fent|fentanyl|meth|crack|coke|dope|gear|smack|oxy|opioids|pills) (?:again )?(?:tonight |today |last night )?(?:for the )?(?:first time in|after) (?:a|one|two|three|six|\d+|over a|nearly a|almost a|ages|months|years|so long)\b",
    r"\b(?:accidentally |just |i )?(?:doubled|tripled|double dosed|double-dosed|took double|took twice|took my \w+ twice|doubled up on)\b[^.!?]*\b(?:" + DRUG[3:-1] + r"|dose|doses|script)\b",
    r"\bneed (?:a|my|another) fix\b(?! of| for)|\bdope ?sick\b",
]
RAW[SUICIDE] += [
    r"\b(?:everything(?: is)? (?:ready|sorted|set|in place|done|arranged)|not (?:driving|coming|going|walking) (?:back|home) this time)\b.*\b(?:just wanted (?:to )?(?:tell|let) (?:someone|somebody|anyone|you)|just wanted (?:someone|somebody|anyone|you) to know|before i go)\b|\bjust wanted (?:to )?(?:tell|let) (?:someone|somebody|anyone|you)(?: know)? (?:before|first)\b.*\b(?:ready|sorted|this time|goodbye|over)\b",
    r"\b(?:not) (?:driving|coming|going|walking) (?:back|home) this time\b",
    r"\b(?:intend|plan|planning|want|going|ready|hope|wish|longing|long|waiting) to (?:join|be with|be reunited with) (?:my (?:late|dead|deceased) \w+(?: \w+)?|(?:her|him|them|my \w+) (?:in heaven|on the other side|up there|in death))\b|\b(?:passed|passed away|died|death|lost (?:her|him|my \w+)|gone)\b.*\b(?:intend|plan|planning|want|ready|hope|wish|longing|long|waiting) to (?:join|be with|be reunited with) (?:her|him|them) (?:soon|again soon|shortly|very soon)\b",
    r"(?#prep)\b(?:put|putting|got|getting|have put|i have put) my affairs in order\b",
]
RAW[SELF_HARM] += [
    r"\b(?:burn|cut|hurt|hit|scratch|punch|bruise)\w* (?:myself|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|hand|hands|skin|stomach|face|head|fist|fingers))\b[^.!?]*\b(?:just )?to feel (?:something|anything|real|alive|pain)\b",
]
RAW[HARM_OTHERS] += [
    r"\b(?:throw|throwing|threw|pour|pouring|splash|splashing|chuck|chucking) (?:acid|boiling water|hot oil|petrol|gasoline|kerosene|bleach) (?:on|at|in|over|into) (?:her|his|their|him|them|that (?:girl|guy|woman|man|bitch|bastard|slut|\w+'s))\b(?! (?:hair|clothes|carpet|sink|toilet|garden|weeds|drain))",
]
# Other languages: patterns_other_languages.py, added to RAW below.
RAW[SUICIDE] += [
    r"\b(?:want|wanna|need|going|long|longing) to (?:go|be) (?:where (?:she|he|they|my \w+)(?: has| have)? (?:went|is|are|gone)|with (?:her|him|them|my \w+) (?:in heaven|up there|on the other side))\b",
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:the|my|our|this) (?:plane|flight|bus|train|car|coach) (?:goes down|crashes|crash|goes off the road|doesn't make it)\b",
    r"\b(?:tried|attempted) (?:once|before|twice|it|to)\b.*\b(?:again|same way|like that)\b.*\b(?:tonight|now|today)\b|\b(?:tried|attempted) (?:once|before|twice)\b.*\b(?:again tonight|again now|again today)\b",
]
RAW[SELF_HARM] += [
    r"\b(?:it was the cat|blame (?:it on )?the cat|say (?:it was )?the cat|(?:cat|dog) scratch(?:es)? (?:story|excuse|lie))\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:" + DRUG[3:-1] + r")\b.*\b(?:had|taken|took|swallowed|done) (?:about |like |around |maybe |nearly |over |almost )?(?:\d{2,}|twenty|thirty|forty|fifty)\b(?! (?:years|yrs|minutes|mins|days|weeks|months|times|kg|lbs|mg|percent))",
    r"\b(?:awake|up|no sleep|not slept|haven't slept|have not slept) (?:for )?(?:\d+|two|three|four|five|six|seven) (?:days|nights)\b[^.!?]*\b(?:on|from|off) (?:crystal|meth|ice|speed|coke|cocaine|adderall|molly|mdma|pills|tina)\b",
]
RAW[SUICIDE] += [
    r"\b(?:dying|death|being dead|not existing|not waking up|not being here) (?:honestly |actually |just )?(?:sounds|seems|looks|feels) (?:like )?(?:a |so |really |pretty )?(?:vacation|holiday|relief|peaceful|nice|good|better|amazing|restful|like a rest|like rest|appealing|tempting|easier)\b",
    r"\bfinish (?:what (?:the|that|my) (?:crash|accident|cancer|overdose|attempt|illness|fall|fire|flood|car|disease) (?:\w+ )?started|what i started (?:last|before))\b",
]
RAW[SELF_HARM] += [
    r"\bhide my (?:arms|wrists|legs|thighs|scars|marks|cuts|burns)\b[^.!?]*\b(?:from (?:my |the |everyone|people|him|her|them)|for a (?:bit|while|few days)|until (?:they|it) heal|so (?:nobody|no one|they don't|he doesn't|she doesn't))",
    r"\b(?:clean|free|sober) (?:from |of )?(?:cutting|self harm\w*|hurting myself|burning(?: myself)?)\b.*\b(?:well,? was|was,? until|until (?:about |like )?(?:an hour|a few hours|\d+ hours|last night|tonight|today|this morning|yesterday))\b",
    r"\b(?:tell|told|say|said) (?:him|her|them|people|everyone|my \w+) (?:it was|it is|it's|its|they were|they are) (?:the |an |from the )?(?:oven|cat|dog|iron|kettle|stove|accident|gym|sport|rose ?bush|brambles)\b.*\b(?:it isn't|it wasn't|it's not|it is not|it was not|it is not the|isn't the|wasn't the|they aren't|they weren't|but it|which it)\b",
    r"(?#self)\b(?:hurt (?:themselves|myself|yourself)|kill (?:myself|themselves)|end it|cut (?:myself|themselves)|self harm)\b.*\b(?:i am|i'm) (?:just )?(?:going to|gonna) do it\b",
    r"\b(?:got|have|made|added|another) (?:a |one )?(?:new|fresh|another) (?:scar|cut|burn|wound)s?\b(?=[^.!?]*\b(?:tonight|today|last night|again|judge|nobody knows|no one knows|hide|hiding)\b)(?![^.!?]*\b(?:surgery|operation|c ?-? ?section|caesarean|tattoo|piercing|fell|fall|bike|cat|dog|kitchen|cooking|work|rugby|football|climbing|shaving)\b)",
]
RAW[HARM_OTHERS] += [
    r"\bimagine if (?:he|she|they|his|her|their|my \w+'s)\b[^.!?]*\b(?:died|dies|brakes|crashed|crashes|fell|got hit|stopped breathing|never woke up|disappeared|stopped working)\b.*(?:\bunless\b|🙂|🙃|😈)",
    r"(?#self)\bi know where (?:he|she|they|my ex) (?:parks|lives|works|sleeps|drinks|runs|walks|goes)\b.*\b(?:hit|hurt|kill|car|legally|years|sentence|jail|prison|knife|gun|revenge|pay|run (?:him|her) over)\b|\b(?:hit|hurt|kill|legally|sentence|jail|prison|run (?:him|her|them|their ex) over|with (?:my|their|the) car)\b.*\bi know where (?:he|she|they) (?:parks|lives|works|sleeps|drinks|runs|walks|goes)\b",
]
RAW[ABUSE_DANGER] += [
    r"(?#self)\b(?:blocks?|blocking|blocked|won't let|wouldn't let|doesn't let|locks?|locking|locked|keeps? (?:me|them|her))\b.*\b(?:happening (?:right )?now|happening to me|it is me|it's me|asking for me)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:took|taken|swallowed|had|take|swallow) (?:my |the |a |her |his )?(?:whole|entire|full) (?:week's|week of|weeks of|month's|month of|box of|bottle of|pack of|packet of|strip of|supply of|prescription|script)\b",
]
RAW[ABUSE_DANGER] += [
    # A weapon shown during a row: a lethality warning sign, whatever is said with it.
    r"\b(?:he|she|they|my \w+) (?:\w+ )?(?:put|puts|putting|placed|places|left|leaves|showed|shows|laid|lays|got out|gets out|pulled out|pulls out|took out|takes out|waved|waves|loaded|loads|loading) (?:out )?(?:a|his|her|their|the) (?:gun|knife|rifle|shotgun|pistol|firearm|blade|machete)\b(?! (?:away|back|in the safe|to the range))(?![^.!?]*\b(?:hunting|range|shooting club|deer|clay|safe)\b)(?=[^.!?]*\b(?:in front of me|where i (?:can|could) see|while (?:we|i) (?:argued|were arguing|fought|were fighting|were talking)|when (?:we|i) (?:argued|fought)|look(?:ed|ing|s)? at me|just so you know|stared|staring|during (?:the|a|our) (?:row|argument|fight)|argu\w+|fight\w*|row|threat\w*|warning|told me (?:to|not))\b)",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:fent|fentanyl|test) strips? (?:came back |come back |was |is |be |showed |turned )?(?:positive|pos)\b[^.?!]*\b(?:already|used|took|taken|did|snorted|smoked|injected|half)\b",
]

# Stop 17: misses on first reading of sets p-s, each as the general form it stands for.
RAW[SELF_HARM] += [
    # A cover story for the marks: "cat scratches is what i tell people. it's not the cat".
    r"\b(?:cat|kitten|dog|puppy|bramble|rose ?bush)(?: scratch(?:es|ed)?)?\b.*\b(?:jk it was me|it was me|it(?:'s| is|s) not the (?:cat|dog)|it (?:isn't|wasn't|was not) the (?:cat|dog)|not the cat|what i tell (?:people|everyone|them|my \w+)|cover story)\b",
    r"\b(?:i tell|i told|i say|i said to) (?:people|everyone|them|my (?:mum|mom|dad|parents|friends|teachers?|boss|partner)) (?:that )?(?:it was|it's|they are|they're|they were) (?:the cat|the dog|a cat|an accident|from (?:the cat|gardening|cooking|the gym))\b",
    # Asking to have the means taken away: "someone take the scissors away from me".
    r"\b(?:take|hide|lock up|lock away|put) (?:the|my|all the|these|those|all my) (?:scissors|razors?|blades?|knives|knife|sharps|pills|tablets|meds|lighter|pencil sharpeners?)(?: \w+)? (?:away )?(?:from me|so i (?:can't|cannot|won't)|before i)\b",
    r"\b(?:hide|take) (?:them|it) (?:away )?from me (?:before|so i can't|so i cannot)\b",
]
RAW[SUICIDE] += [
    # Dwelling on a height or the tracks: "the garage is 9 floors. i keep thinking about it".
    r"\b(?:parking (?:garage|structure|deck)|multi-?stor(?:e)?y|car park|roof|rooftop|bridge|cliff|ledge|overpass|train tracks?|railway (?:line|tracks?)|balcony|\d+ (?:floors|stories|storeys))\b.*\b(?:keep thinking about|can't stop thinking about|been thinking about it|keep looking (?:at|down)|keep staring at|keep going (?:back )?(?:up )?there|keep imagining|how (?:high|far down) it is)\b",
    r"\b(?:keep|kept|been|find myself|found myself) (?:driving|walking|going|standing|stopping|cycling) (?:past|by|to|near|at|on|over|onto|up) (?:the )?(?:train |railway )?(?:tracks|railway|rail line|bridge|cliff|edge|ledge|roof|overpass|platform edge|motorway bridge)\b[^.!?]*\b(?:slow(?:ing)? down|stop(?:ping)?|thinking|staring|looking down|looking over|wondering|imagin\w+|how easy|how high|how fast)\b",
    # Means at hand: "now i've got the rope in my car".
    r"\b(?:i've got|i have got|i got|i bought|i have|got|bought|tied|tying|made|making|hid|hidden|keep) (?:a |the |some )?(?:rope|noose)\b(?![^.!?]*\b(?:climbing|camping|tent|boat|sail\w*|tow\w*|swing|washing|skipping|jump ?rope|dog|horse|garden\w*|crafts?|macrame|knots?|gym|tug|halloween|costume)\b)",
    # An elderly couple's joint decision: "we have decided we will go together".
    r"\b(?:decided|agreed|planned|made up our minds?) (?:that )?(?:we (?:will|would|should|are going to|want to|can) |to )(?:go|die|end (?:it|our lives|things)|leave this (?:world|life)|take our (?:own )?lives) together\b(?=\s*(?:$|[.!,;]|before|while|rather|when|now|soon|peacefully|on our own terms|so (?:that )?(?:we|our)))",
    # A parent asking for every tablet she has: "bring her all her tablets".
    r"\b(?:bring|brings|brought|give|gave|get|hand) (?:me|her|him|them) (?:all|every one of|the rest of) (?:my|her|his|their|the) (?:tablets|pills|meds|medication|medicines|insulin|sleeping (?:tablets|pills))\b",
]
RAW[ABUSE_DANGER] += [
    # Forced marriage: "they're sending me back home to marry someone i never met".
    r"\b(?:sending|send|sent|taking|take|forcing|force|forced|making|make|want|wants|arranged for|pressuring|pressure) me (?:\w+ ){0,5}?to (?:get )?marr(?:y|ied)\b",
    r"\b(?:i am|i'm|i was|i be|being) (?:being )?(?:forced|made|pressured) (?:in)?to (?:get )?marr(?:y|ied|iage)\b|\bmarry (?:someone|somebody|a man|a woman|him|her|a stranger) i (?:have )?(?:never met|don't (?:even )?know|do not know|barely know)\b",
    # Dragged by the hair, even far from the "he" who did it.
    r"\b(?:dragged|drag|drags|dragging|pulled|pulls|yanked|yanks|grabbed|grabs) me (?:\w+ ){0,3}?by (?:my|the) (?:hair|neck|throat|collar)\b",
    # A cover story for injuries: "i tell people i walked into a door".
    r"\b(?:i tell|i told|i say|i said to|i have to tell) (?:people|everyone|them|work|my (?:mum|mom|family|friends|boss|colleagues)) (?:that )?i (?:walked into|fell|tripped|bumped into|slipped)\b",
]
RAW[SUICIDE] += [
    # "ctb" (catch the bus): a coded word for suicide in online communities.
    r"\bctb\b(?<!does ctb)(?<!is ctb)(?<!like ctb)(?<!'ctb)(?<!\"ctb)(?<!' ctb)(?<!\" ctb)(?!'|\"| '| \"| mean| stand| (?:line|route|station|stop|timetable))",
]
RAW[SELF_HARM] += [
    # Purging, in the pro-ED code word or plainly: "mia again after dinner".
    r"\b(?:purged|purging|purge)\b(?=[^.!?]*\b(?:again|after (?:dinner|lunch|breakfast|eating|every meal)|times? today)\b)",
    r"\bmia (?:again|(?:\d+|two|three|four) times|after (?:dinner|lunch|breakfast|eating|every meal))\b|\bmade myself (?:sick|throw up|vomit|puke)\b(?=[^.!?]*\b(?:again|today|tonight|after (?:dinner|lunch|breakfast|eating|every meal)|times?)\b)",
]
RAW[SUICIDE] += [
    # Who will read this chat once the writer is dead.
    r"(?#self)\b(?:what happens to|who (?:reads|will read|would read|gets to read)) (?:these|this|my|our) (?:chat|chats|chat ?logs?|messages|conversations?)(?: \w+)? (?:after|when|if|once) (?:i|someone|somebody|a person) (?:die|dies|am dead|is dead|am gone|is gone|kill)",
]
RAW[SUBSTANCE_CRISIS] += [
    # Hours of using with the body giving out: "drinking since noon... gonna pass out".
    r"\b(?:drinking|using|smoking|high|drunk|snorting|on it)\b[^.!?]*\bsince (?:noon|this morning|morning|yesterday|last night|\d+(?: ?(?:am|pm))?|lunch|breakfast|friday|saturday)\b[^.!?]*\b(?:pass out|passing out|black out|blacking out|can't (?:stand|breathe|stop|feel)|throwing up|heart|chest|dizzy|spinning|shaking)\b",
]
RAW[SUICIDE] += [
    # Standard forms the learned layer caught only narrowly (borderline across retrainings).
    r"\b(?:step|stepping|walk|walking|throw myself|throwing myself|jump|jumping|lie down|lying down) (?:out )?in front of (?:a|the|an|some) (?:bus|train|car|truck|lorry|tram|subway|tube|van)\b",
    r"\b(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:every night |each night |that )*(?:god )?(?:just )?(?:doesn't|does not|won't|will not|wouldn't) (?:let me )?wake (?:me )?up\b|\bnot to wake up\b(?=[^.!?]*\b(?:pray|praying|hope|hoping)\b)",
    r"\b(?:only way out|way out|leave|leaving|get out|getting out)\b[^.!?]*\b(?:in a (?:wooden |pine )?box|in a coffin|in a body bag|feet first)\b",
    r"\b(?:planned|plan|planning|set|picked|chosen|chose) (?:it |the date |a date |the day )?(?:for )?(?:the|my|his|her|our) (?:anniversary|birthday|wedding day|wedding anniversary)\b.*\b(?:fitting|feels right|same day|she went|he went|died|passed|the end|goodbye|last)\b",
    r"\bmejor me muero\b|\bmi vida no vale nada\b",
]
RAW[HARM_OTHERS] += [
    r"\bneither of us (?:walks|walk|will walk|is walking|gets|will get|comes|will come|leaves|will leave) (?:away|out)\b[^.!?]*\balive\b|\b(?:nobody|no one|none of us) (?:walks|will walk|gets|comes|leaves) out (?:of \w+ )?alive\b(?![^.!?]*\b(?:game|movie|escape room|lol|haha)\b)",
    r"\b(?:sentence|jail time|prison time|how long (?:would i|do you|would you) get|how many years) for (?:gbh|abh|assault|manslaughter|murder|stabbing|killing|attempted murder|grievous bodily harm)\b[^.!?]*\b(?:before i|just checking|asking for me|if i|when i)\b",
]
RAW[ABUSE_DANGER] += [
    r"\b(?:he|she|they|my ex|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend))(?: \w+)? (?:knew|knows) (?:exactly )?(?:where|which \w+) i (?:was|am|be|live|work|went)\b.*\b(?:turned up|showed up|came|appeared|was there|tracking|tracker|airtag|following)\b",
]
RAW[SUICIDE] += [
    r"\b(?:want|wanna|need|ready|wish)\b[^.!?]*\bout of (?:this )?(?:life|existence|this world)\b(?! (?:insurance|coach|hack))",
    r"\b(?:balcony|roof|rooftop|bridge|ledge|edge|window|cliff|top floor|platform|car park)\b[^.!?]*\b(?:want to|wanna|going to|about to|ready to|thinking (?:of|about)|could) jump\b|\b(?:want to|wanna|going to|about to|ready to) jump\b[^.!?]*\b(?:balcony|roof|bridge|ledge|window|cliff)\b",
]
RAW[SELF_HARM] += [
    r"\b(?:going to|gonna|about to|want to|wanna|need to|will|i'll) cut (?:tonight|again|today|now|right now|rn|later|soon)\b",
]
RAW[HARM_OTHERS] += [
    # "poisoning his coffee sounds better every day".
    r"\b(?:poison|poisoning|spike|spiking) (?:his|her|their|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|boss|ex)'?s?) (?:coffee|tea|food|drink|dinner|meal|water|bottle|lunch|juice|wine|beer|meds|medication)\b(?![^.!?]*\b(?:by accident|accidentally|food poisoning|joke|lol)\b)",
]
RAW[ABUSE_DANGER] += [
    # A message that opens with the violence: "beaten again. kids saw".
    r"^(?:got |been |was |i got |i was |i've been |i have been )?(?:beaten|hit|choked|strangled|kicked|punched|slapped|raped|battered) (?:again|today|tonight|last night|this morning|up again)\b",
    # Hiding from someone, now: "hiding in closet", "hiding from him in the bathroom".
    r"(?:^|\b(?:i'm|i am|i be|me|we're|we are|we be) )(?:still |currently |just |now )?hiding (?:in|inside|under|behind) (?:the |a |my |our |his |her )?(?:closet|wardrobe|bathroom|bedroom|cupboard|car|basement|attic|garage|shed|loft|toilet|cellar)\b(?![^.!?]*\b(?:hide and seek|game|surprise|party|lol|haha|lmao|spider|wasp|bee|presents?|gifts?|chores|in-laws|guests|rain)\b)",
    r"\bhiding from (?:him|her|them|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|ex|mum|mom|mother))\b(?![^.!?]*\b(?:lol|haha|calls?|texts?|birthday|surprise|party)\b)",
    # A stalker or an abusive ex who has found the new address.
    r"\b(?:stalker|abusive ex|my abuser|(?:stalker|violent|abusive|my) ex)(?: \w+)? (?:found|has found|tracked down|figured out|knows|turned up at|showed up at) (?:out )?(?:my|where i) (?:new )?(?:place|address|flat|apartment|house|home|live|work|school|number|location)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    # Pills with drink, counted: "i took 10 of the diazepam with my wine".
    r"\b(?:took|taken|swallowed|downed|had) (?:perhaps |maybe |about |around |like |almost |over )?(?:\d+|a few|several|some|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) (?:of )?(?:my |the |her |his )?(?:\w+ )?" + DRUG + r"\b[^.!?]*\b(?:with|and|on top of|after|washed down with) (?:\w+ ){0,4}?" + ALCOHOL + r"\b",
]


# Forms behind the first-reading misses of stop 18's sets (risk_dev23..26).
RAW[SUICIDE] += [
    # A wish that the abuser goes far enough to end it: "i hope he goes too far one night".
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:one day |one night |someday )?(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father)) (?:\w+ )?(?:goes too far|go too far|kills me|kill me|finishes me off|finish me off|ends it for me|doesn't stop next time)\b",
    # "si" as suicidal ideation: "SI bad today", "si thoughts again".
    r"\bsi (?:is |be |has been |been |getting |got )?(?:so |really |super |very |pretty )?(?:bad|worse|strong|loud|intense|thoughts?|urges?|creeping back)\b(?! bunny)",
    # Dwelling on crashing the car: "i think about driving into a tree on the way home".
    r"\b(?:think|thinking|thought|fantasi[sz]e|fantasi[sz]ing|imagine|imagining|want|wanting|urge|tempted|tempting|wonder|wondering)\b[^.!?]{0,30}\b(?:driving|drive|crashing|crash|swerving|swerve|steering|steer|veering|veer) (?:my car |the car )?(?:into (?:a |the |an |some )?(?:tree|wall|bridge|pillar|barrier|embankment|river|lake|lorry|truck|oncoming \w+)|off (?:a|the) (?:bridge|cliff|pier)|in front of (?:a|the) (?:lorry|truck|train))\b",
    # Goodbyes said privately: "been saying bye to ppl in my head".
    r"\b(?:saying|said|say|been saying) (?:my )?(?:goodbyes?|byes?) (?:to (?:people|everyone|everybody|my (?:friends|family|kids|mum|mom|dad)) )?(?:in my head|quietly|silently|secretly|without (?:them|anyone) knowing)\b",
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:just )?(?:don't|do not|won't|will not|never|dont) wake up\b(?! (?:my|the|him|her|them|everyone|anyone|the \w+|\w+mates?|early|late))",
    r"\b(?:throw|throwing|fling|flinging|hurl|hurling|lay|laying|lie|lying) (?:myself|me) (?:down )?(?:under (?:a|the|an|some) (?:bus|train|car|truck|lorry|tram|subway|tube|van)|(?:on|onto) the (?:tracks|rails|railway line))\b",
    r"\bi (?:keep|kept|have been|been|can't stop|cannot stop|couldn't stop) (?:looking|staring|looking down|gazing) (?:at|over|off|down) (?:the |that )?(?:bridge|tracks|railway|ledge|drop|cliff)\b",
    r"\b(?:never|wouldn't|won't|couldn't|can't) survive without (?:him|her|them)\b.*\bprove (?:him|her|them) right\b",
]
RAW[SELF_HARM] += [
    # Purging counted or punished: "purged twice today", "threw up ... i earned it".
    r"(?<!the )\bpurg(?:ed|ing) (?:again|twice|(?:\d+|three|four|five) times|after (?:every meal|dinner|lunch|eating|breakfast|meals))\b",
    r"\b(?:make|making|makes) myself (?:sick(?! with| about| over| worrying| thinking)|throw up|vomit|puke)\b(?=[^.!?]*\b(?:again|today|tonight|after (?:dinner|lunch|breakfast|eating|every meal|meals)|times?|every day|every night)\b)",
    r"\b(?:bulimia|my eating disorder|the purging|purging|the bingeing and purging)(?:'s| is| be| has)? (?:back|started again|winning|worse)\b",
    r"\b(?:made myself (?:sick|throw up|vomit)|purged)\b[^.!?]*\b(?:earned it|deserved it|deserve it|to punish myself|as punishment)\b"
    r"|\b(?:threw up|puked|vomited)\b[^.!?]*\b(?:earned it|to punish myself|as punishment)\b",
]
RAW[HARM_OTHERS] += [
    r"\b(?:snap|lose it|flip|crack) and (?:kill|hurt|stab|shoot|strangle) (?:someone|somebody|people|everyone|him|her|them)\b",
    # A list of names with a threat: "'people who deserve it' with names of kids underneath".
    r"\b(?:deserve it|deserves it|will pay|gonna pay|going to pay|hit list|kill list)\b[^.!?]{0,80}\bnames\b|\bnames\b[^.!?]{0,80}\b(?:deserve it|deserves it|will pay|gonna pay|hit list|kill list)\b",
]
RAW[ABUSE_DANGER] += [
    # Found where the writer never said: "i never gave him my new address".
    r"\bnever (?:gave|told|give|tell|shared|sent) (?:him|her|my ex|it to him) (?:my (?:new )?(?:address|location|postcode|number)|where i (?:live|was|am|moved|work|be|stay|staying|had moved|was staying))\b(?![^.!?]*\b(?:surprise|party|gift|present)\b)",
    r"\b(?:he|she|they|my ex|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad))(?: \w+)? (?:found|has found|tracked down|figured out|got hold of|turned up at|showed up at|knows) (?:out )?my new (?:place|address|flat|apartment|house|home|number|location|school|job|work)\b(?! for (?:me|us))",
    # Veiled threats: "he says things like 'i'd hate for something to happen to your cat'".
    r"\b(?:he|she|they|my ex|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad))\b[^.!?]*\b(?:hate|shame|pity) (?:for|if) (?:something|anything) (?:bad )?(?:to happen|happened|were to happen|happens|happen) to\b",
    r"\bcome out or i(?:'m| am| will|'ll)? (?:come|coming) in\b|\bopen (?:the|this) (?:fucking )?door or i(?:'ll| will)? (?:break|kick|smash)\b",
    # A weapon held while arguing: "he just holds the knife when we argue".
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|stepdad|brother))\b[^.!?,;]{0,40}\b(?:hold|holds|holding|held|wave|waves|waving|waved|pull|pulls|pulled|point|points|pointed|pointing|grab|grabs|grabbed|brandish\w*|pick|picks|picked)(?: out| up)? (?:a|the|his|her|that|this|their) (?:knife|knives|gun|blade|machete|hammer|axe|scissors)\b(?=[^.!?]*\b(?:argue|arguing|argued|argument|fight|fighting|fought|row|rows|angry|yell|yelling|shout|shouting|scream|screaming|threat\w*|make me|at me|in my face|towards me|scared|afraid)\b)",
    # A threat quoted word for word: he said "i'll kill you".
    r"\b(?:he|she|they|my ex|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|stepdad|mum|mom|mother))(?: \w+)? (?:said|says|say|told me|texted|texts|text|yelled|yells|screamed|screams|shouted|shouts|keeps saying|kept saying|goes|went|threatened|whispered|messaged|wrote)\b(?: to me)?[ :'\"]*(?:that )?(?:i will|i'll|i am going to|i'm going to|i'm gonna|i am gonna|i'd|i would|i could|next time i will|next time i'll) (?:fucking )?(?:kill|hurt|end|murder|strangle|choke|stab|shoot|beat|break|bury|destroy) (?:you|your|u)\b(?! (?:at|in|on) )",
]
RAW[SUBSTANCE_CRISIS] += [
    # Warned about drink on a prescription and did it: "...and i just did. a lot".
    r"\b(?:drink|drinking|drank|mix|mixing|alcohol)\b[^.!?]*\b(?:on|with) (?:these|my|those|the|your) (?:meds|pills|tablets|medication|antidepressants|painkillers|benzos)\b.*\b(?:and i (?:just )?did|i just did|i did anyway|did it anyway|i drank anyway|and i have)\b",
    r"\b(?:took|swallowed|taken|take|swallow|downed|ate) (?:everything|all the pills|all the meds|the lot|whatever (?:was|is)) (?:in|from) (?:the|my|her|his|mum's|mom's|our) (?:medicine |bathroom |meds |med )?(?:cabinet|drawer|cupboard|box|first aid kit|bag)\b",
]

RAW[ABUSE_DANGER] += [
    # Smothering: "he holds a pillow over my face during fights".
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|stepdad|brother))(?: \w+){0,2} (?:hold|holds|held|holding|put|puts|putting|press|presses|pressed|pressing|push|pushes|pushed) (?:a |the |his |her |their )?(?:pillow|hand|hands|bag|plastic bag|blanket|cushion) (?:over|against) my (?:face|mouth|nose)\b",
]
RAW[HARM_OTHERS] += [
    r"\b(?:i'm|i am|i be) (?:now )?the one (?:who|that) (?:wants?|want|is going|be going|feels like) (?:to )?(?:hurt|kill|harm|attack|stab|hit) (?:people|someone|somebody|him|her|them|everyone)\b",
]
RAW[SELF_HARM] += [
    # A kept kit or stash: "still keep my old kit hidden under the mattress. just in case".
    r"\b(?:keep|keeps|kept|keeping|still have|still got|have|got) (?:my |a )?(?:old )?(?:kit|blades?|razors?|sharps|box of blades)\b(?: \w+){0,3} (?:hidden )?under (?:the|my) (?:mattress|bed|pillow)\b"
    r"|\b(?:keep|keeps|kept|keeping|still have|still got|have|got) (?:my |a )?(?:old )?(?:blades?|sharps|box of blades)\b(?: \w+){0,3} (?:hidden|just in case|in case i need)\b",
]

RAW[SUBSTANCE_CRISIS] += [
    # More on top of a dose already taken: "safe to take more oxy if the first didn't work? already had 4".
    r"\b(?:take|taking|have|had|do|doing|pop|popping) (?:\w+ )?more\b[^.!?]*\b" + DRUG + r"\b.*\balready (?:had|took|taken|swallowed|popped|necked|done) (?:[4-9]|\d\d+|four|five|six|seven|eight|nine|ten|several|a handful)\b",
    # Opening with the overdose: "0v3rd0s3d maybe? chest hurts".
    r"(?:^|[.!?] )(?:i )?(?:think |maybe |might have |may have |pretty sure )?(?:i )?(?:overdosed|od'd|odd(?! (?:thing|things|how|that|is|was|to|one|bit|feeling|sort|kind|part|question|because|enough|background|one out|but|really|though|day|days|week|weeks|numbers?|socks|jobs?|times?|moment|look|name|behaviou?r|mood|noise|smell|dreams?|couple|man|woman|guy|person|people|choice|combination|mix|hours|shape|year|night|morning)\b)(?!,)|oded|od ed)\b(?! on (?!(?:my |the |his |her |some |all |too many |a )?" + DRUG + r"))",
]

RAW[SUICIDE] += [
    # Passive wishes: "i'd just rather not exist", "id be ok if a bus hit me tomorrow".
    r"\b(?:i'd|id|i would|i'd much|would) (?:just |honestly |really |much )?(?:rather|prefer to) (?:not exist|not be here|not be alive|be dead|die|not wake up|disappear forever|not be around|stop existing)\b(?! (?:in (?:her|his|their|your)|in (?:the|this) (?:meeting|room|house|flat|city|queue|office|class)|when|while|for|at|on|during|if|around|with)\b)",
    r"(?#self)\b(?:i'd|id|i would|i wouldn't|i would not|wouldn't|would not) (?:honestly |really |genuinely |actually )?(?:be |even )?(?:ok|okay|fine|happy|glad|relieved|mind|care|be sad)? ?(?:if|when) (?:a (?:bus|car|truck|train|lorry|van)|something|someone|somebody|a drunk driver) (?:hit me|hits me|killed me|kills me|ran me over|runs me over|took me out|takes me out)\b",
    # A day already chosen: "if someone had already picked the day, would talking to you even help?"
    r"(?#self)(?<!we )(?<!we've )(?<!doctor )\b(?:already )?(?:picked|chosen|chose|set|decided on) (?:the|a|my) (?:day|date)\b(?! (?:for|of) )[^.!?]*\b(?:would|will|could|does|is there) (?:talking|it|anything|any point|you)\b(?![^.!?]*\b(?:wedding|party|move|surgery|trip|holiday|appointment|birthday|exam|date night|rude|pack|invite|come)\b)",
]
RAW[ABUSE_DANGER] += [
    # Hidden injuries: "is it abuse if he only hits where nobody can see?"
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom|stepdad))(?: only| always| just| makes sure (?:he|she|they))? (?:hits|hit|punches|punch|kicks|kick|pinches|bruises|hurts|grabs|burns) (?:me )?(?:where|so that|somewhere|in places) (?:nobody|no one|people|others|anyone) (?:can|can't|won't|will|would|wouldn't)(?: \w+)? (?:see|notice|tell)\b",
]

RAW[SUICIDE] += [
    # Internet register: the ending told as a show, a game or a trip (these name story
    # words, so they are marked as the writer's own).
    r"(?#self)\b(?:my|this is (?:my|the)|i'm in (?:my|the)) (?:series|season) finale\b.*\bno (?:renewal|season \w+|sequel|more seasons)\b",
    r"(?#self)\b(?:game over|final boss|life|living)\b[^.!?]*\b(?:not|never) (?:pressing|hitting|clicking|choosing|picking) (?:continue|retry|respawn|play again|try again)\b(?! on (?:duolingo|that|the) )",
    r"\b(?:trip|journey|vacation|holiday|flight) (?:nobody|no one|noone) (?:comes|come|gets|get) back from\b(?! (?:the same|unchanged))(?![^.!?]*\b(?:news|sub|submarine)\b)",
    r"(?<!dog )(?<!cat )(?<!dog is )(?<!cat is )\b(?:take|taking) a (?:permanent|eternal) (?:nap|sleep|rest)\b(?! on)|\b(?:permanent|eternal) (?:nap|sleep)\b(?=[^.!?]*\b(?:not (?:talking about|about) sleep|for real|fr|not joking|im not ok|i'm not ok)\b)",
    r"\b(?:picking|picked|pick|choosing|chose|planning|planned|plan) (?:out )?(?:what to wear|my outfit|the outfit|the songs?|the music|the flowers) (?:to|for) my (?:own )?funeral\b",
    r"\b(?:my|i'm in my|i am in my|entering my) (?:unalive|kill|suicide|death|dying) arc\b|\b(?:unalive|kill|suicide) arc (?:loading|unlocked|starting|begins|begun|activated|incoming)\b",
]
RAW[SELF_HARM] += [
    r"\b(?:new|fresh) (?:scars|cuts)\b(?: \w+){0,2} (?:just dropped|again)\b(?![^.!?]*\b(?:cat|kitten|surgery|op|operation|garden|roses|brambles|cooking|rugby|match|barber|diss|track)\b)",
    r"\bcat scratch\w*\b.*\b(?:i (?:don't|do not|dont) (?:have|own) a cat|there is no cat|there's no cat)\b",
    r"\b(?:sh|self harm)\b(?: is| was| has been)?[^.!?]*\b(?:went back to it|going back to it|back to it|relapsed|did it again|again last night|again yesterday|again today)\b",
    r"\b(?:cut|cutting|self harm\w*)\b(?! in line)(?! in the queue).*\bcouldn't be me\b.*\bit (?:was|is|'s) me\b",
]
RAW[ABUSE_DANGER] += [
    # The stairs as a cover story: "i've had to fall down the stairs three times this month".
    r"(?<!headset )(?<!texting )\b(?:i've had to|i have had to|i had to|i have to|he made me|she made me|they made me) (?:fall|walk into|trip on|bump into) (?:down )?(?:the stairs|a door|the door|doors|a wall)\b(?! sideways| carrying| backwards)"
    r"|\b(?:i )?(?:told|tell|say|said to) (?:them|people|everyone|the doctor|the nurse|my (?:mum|mom|boss|friends)) (?:that )?i (?:fell down the stairs|walked into a door)\b",
]

RAW[SUICIDE] += [
    # Staring at the means: "i still have his old medication in the cabinet and i've been staring at it all afternoon".
    r"\b(?:staring|stared|looking|keep looking|been looking) at (?:the|his|her|my|those|these|all the|mum's|dad's) (?:old )?(?:pills|tablets|medication|meds|pill bottle|bottle of pills|rope|razor|razors|blades?|gun)\b"
    r"|\b(?:pills|tablets|medication|meds|rope|razor|gun)\b[^.!?]*[.!?]?[^.!?]*\b(?:been|keep|kept) (?:staring|looking) at (?:it|them)\b",
    # Asked about a plan and denied it: "asked if i had a plan and i said no but like. i kind of do".
    r"\b(?:had|have|got) a plan\b.*\b(?:i (?:kind of|kinda|sort of|actually|really) do|but i do|i lied)\b",
]
RAW[ABUSE_DANGER] += [
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad))(?: \w+)? (?:struck|strikes|has struck|had struck) me\b",
    r"\b(?:he|she|they|my (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend))(?: \w+)? (?:has become|became|is becoming|gets|has been|is|was) (?:more |increasingly )?physically (?:violent|abusive|aggressive)\b",
]

RAW[SUICIDE] += [
    r"(?#self)\bif (?:a (?:bus|car|truck|train|lorry|van)|something|someone|somebody) (?:hit me|hits me|killed me|kills me|ran me over|runs me over|took me out)\b[^.!?]*\b(?:i'd|id|i would) (?:be )?(?:honestly |genuinely |actually )?(?:relieved|glad|happy|grateful|at peace)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"\b(?:can't|cannot|can not) (?:get through|go|last|make it through|function for) (?:an hour|a day|a morning|a night|(?:a few|two|three|\d+) hours) without (?:a line|a drink|using|a hit|a fix|a bump|pills|coke|my pills)\b",
]


RAW[SELF_HARM] += [
    # A relapse said as a first in a long time: "i cut for the first time in years"; not a
    # sunburn or a gym injury ("i burned after a while in the sun", "hurt myself after years of...").
    r"\bi (?:relapsed and |slipped and |caved and )?(?:cut|burned myself|burnt myself|hurt myself|harmed(?: myself)?) (?:again )?"
    r"(?:for the first time in|the first time in) (?:years|months|ages|weeks|a (?:long )?(?:while|time)|(?:\d+|two|three|four|five|six|a few|a couple of?) (?:years|months|weeks))\b"
    r"|\bi (?:cut|burned myself|hurt myself|harmed(?: myself)?) (?:again )?after (?:\d+|two|three|four|five|six|a few|a couple of?|many) (?:years|months|weeks|days) (?:clean|free|without)\b"
    r"|\b(?:relapsed|slipped|caved) and (?:cut|burned myself|burnt myself|hurt myself|harmed myself)\b",
    # "i don't want to die i just want to hurt.": wanting pain itself, the clause ending there.
    r"\bi (?:just |only |really )?(?:want|wanna|need) to (?:hurt|bleed)(?= *(?:[.!?;]|$|,(?! (?:him|her|them|you|someone|somebody|people|everyone|anyone))|\b(?:so bad|really bad|tonight|again)\b))",
]
RAW[SUICIDE] += [
    # A question, then the writer's own: "...passive and active suicidal thoughts? mine are getting worse".
    r"\b(?:suicidal|suicide) (?:thoughts?|urges?|feelings?|ideation)\b.*\b(?:mine|my own|ours) (?:are|is|have been|has been|keep|get|got|getting|seem|feel|became|turned)\b"
    r"(?! (?:fine|ok|okay|gone|better|much better|under control|manageable|rare|over|in the past|not|long gone|mostly gone)\b)",
    # A car in a closed garage: "writing this from my car in the garage. the door's shut";
    # not sitting out the rain, nor warming an engine up.
    r"\b(?:in|from) (?:my|the|our) car in the (?:closed |shut )?garage\b(?!.*\b(?:rain|raining|storm|hail|phone call|podcast|peace and quiet)\b)"
    r".*\b(?:door|doors)(?:'s| is| are)? (?:shut|closed|down|locked|sealed)\b",
    r"^(?=.*\bgarage\b)(?=.*\b(?:engine|motor|car) (?:is |'s )?(?:running|on)\b|.*\b(?:started|turned on|left on) the (?:car|engine)\b)"
    r"(?=.*\b(?:door|doors)(?:'s| is| are)? (?:shut|closed|down|locked|sealed)\b|.*\bshut the (?:garage )?doors?\b"
    r"|.*\b(?:i'm|i am) (?:sitting |just |still )?in (?:it|the car|my car|the (?:back|front|driver's) seat)\b)",
]

RAW[SUICIDE] += [
    # Affairs put in order: things given away and passwords left for someone, "everything's tidy";
    # not a house move, a hospital stay, or passwords shared so someone can pay the bills.
    r"(?!.*\b(?:declutter\w*|moving|the move|move house|clear(?:ing)? out|spring clean\w*|downsiz\w*|surgery|operation|hospital|"
    r"will and testament|estate planning|so (?:he|she|they) can|for the bills|set (?:it|them) up|new (?:bank|app|phone|laptop)|holiday|travel\w*)\b)"
    r"(?:\b(?:gave|given|giving) away (?:my|all my|the)\b|\b(?:gave|given|giving) (?:my|all my|the) (?:\w+ ){0,2}?(?:guitar|coat|books|clothes|jewellery|jewelry|"
    r"things|stuff|belongings|possessions|records|games|console|bike|plants|cat|dog|pets?|ring|watch|car) to\b)"
    r".*\b(?:(?:wrote|written|left|leaving|writing) (?:down |out )?(?:all )?my (?:passwords|pins?|pin numbers|logins|bank details)|"
    r"everything(?:'s| is) taken care of|loose ends|affairs in order)\b"
    r"|(?!.*\b(?:declutter\w*|moving|the move|move house|hospital|surgery|so (?:he|she|they) can|for the bills|new (?:bank|app|phone))\b)"
    r"\b(?:(?:wrote|written|left|leaving|writing) (?:down |out )?(?:all )?my (?:passwords|pins?|pin numbers|logins|bank details)|affairs in order)\b"
    r".*\b(?:gave|given|giving) (?:away )?(?:my|all my|the) (?:\w+ ){0,2}?(?:guitar|coat|books|clothes|jewellery|jewelry|things|stuff|belongings|"
    r"possessions|records|games|console|bike|plants|cat|dog|pets?|ring|watch|car)\b",
    # Peace made, then the means or the time: "made my peace with it, the pills are in the drawer".
    r"\bmade my peace\b.*\b(?:tonight|tomorrow|ready to go|i'm ready|i am ready|gone|goodbye|it ends|letters?|note|pills|rope|won't be|after i'm|after i am)\b",
]
RAW[HARM_OTHERS] += [
    # Fuel bought and his car, house or sleep named: "filled a can of petrol today. his car's outside the pub";
    # not for the mower, nor a car that ran out.
    r"(?!.*\b(?:mower|lawnmower|strimmer|generator|chainsaw|ran out|run out|runs out|broke down|broken down|bbq|barbecue|camping|stove|boat|jet ?ski|quad)\b)"
    r"\b(?:filled|bought|got|buy|get|have|fill) (?:up )?(?:a |some |the )?(?:(?:can|jerry ?can|canister|container|bottle) (?:of |with )?)?"
    r"(?:petrol|gasoline|fuel|lighter fluid|diesel|accelerant)\b"
    r".*\b(?:(?:his|her|their|my ex's) (?:car|house|flat|door|van|place)|(?:he's|he is|she's|she is|they're|they are) asleep|"
    r"i know where (?:he|she|they) (?:lives?|sleeps?|parks?)|goes up (?:tonight|tomorrow)|burn (?:it|him|her|them|his|her|their))\b"
    r"|(?!.*\b(?:mower|lawnmower|generator|ran out|run out|runs out|broke down|broken down)\b)"
    r"\b(?:his|her|their) (?:car|house|flat|van)\b.*\b(?:filled|bought|got) (?:up )?(?:a |some )?(?:can|jerry ?can|canister) (?:of )?(?:petrol|gasoline|fuel|lighter fluid)\b",
    # Veiled threats: "worry about him. he won't be laughing by the weekend"; not a bill he'll see.
    r"\b(?:he|she|they)(?: won't| will not| wont) be (?:laughing|smiling|around|breathing|walking|so smug|so cocky) "
    r"(?:by|for (?:much )?long(?:er)?|much longer|after|once|when i'm|when i am|come)\b(?![^.!?]*\b(?:bill|bills|invoice|score|results|exam|match|fine|ticket|rent|diet|gym)\b)",
    r"\b(?:don't|do not|dont) worry about me\b[.,!]*.*?\b(?:worry|be worried) (?:about|for) (?:him|her|them|what happens to (?:him|her|them))\b"
    r"(?![^.!?]*\b(?:flu|cold|ill|poorly|sick|exam|exams|interview|driving test|hangover|cough)\b)",
]
RAW[SUBSTANCE_CRISIS] += [
    # A blackout and a bottle gone: "don't remember getting home... an empty bottle that was full this morning";
    # not a party told afterwards.
    r"(?!.*\b(?:party|festival|wedding|lol|lmao|haha|never again|hungover|hangover|embarrass\w*|stag|hen do|birthday|fun night|good night|great night)\b)"
    r"(?:\b(?:don't|do not|dont|can't|cannot) remember (?:getting home|how i got home|coming home|last night|the last few hours|taking them)|\bblacked out)\b"
    r".*\b(?:bottle|pills|tablets|drinks|drunk|wasted|vodka|wine|whiskey|empty)\b",
    r"\b(?:(?:i |i've |i have )(?:finished|drank|downed|necked)|an? empty|the empty) (?:a |the )?(?:whole |full |entire )?"
    r"(?:bottle|packet of (?:pills|tablets)|box of (?:pills|tablets))\b[^.!?]*\bthat was (?:full|new|unopened) (?:this morning|yesterday|today|earlier|last night)\b",
    # Nodding off and taking more: opioid sedation (not coffee at a desk).
    r"(?!.*\b(?:coffee|tea|cake|food|sleep|nap|baby|desk|lecture|meeting|class|tv|film|movie|sofa|couch|book)\b)"
    r"(?:\bnodding (?:off|out)\b.*\b(?:have|take|do|use|hit|having|taking|doing|did|want) (?:a bit |a little |some |a bit of |one )?more\b"
    r"|\b(?:have|take|do|use|having|taking|did|had|took) (?:a bit |a little |some )?more\b.*\bnodding (?:off|out)\b)",
]


RAW[SUBSTANCE_CRISIS] += [
    # A spiked drink: "smth was in my drink at the club and im losing time". Not a hair or
    # a fly named as the thing in it; a bartender may be the one who spiked it.
    r"\b(?:something|smth|sth|stuff|(?:someone|somebody|he|she|they) (?:put|slipped) (?:something|smth|sth)) (?:was |is |got |been )?(?:put |slipped |added )?in(?:to)? my drink\b"
    r"(?!\W+(?:\w+ ){0,2}?(?:a |an |some |the )?(?:hair|fly|bug|insect|wasp|bee|umbrella|ice cube|lime|lemon|garnish|straw|cherry|olive|cork|foam|leaf)\b)"
    r"|\bmy drink (?:was|got|has been|had been|is) (?:spiked|drugged|tampered with)\b|\b(?:spiked|drugged) my drinks?\b"
    r"|(?![^.!?]*\b(?:vet|hospital|surgery|dentist|operation|anaesthe\w*|anesthe\w*|sedat\w*|x-?ray)\b)"
    r"\b(?:(?:i (?:was|got|think i was|think i got)|i've been|i have been|someone|somebody|he|she|they|my \w+) (?:roofied|drugged)(?: me)?"
    r"|(?:someone|somebody|he|she|they|my \w+) spiked me|i (?:was|got|think i was|think i got|'ve been|have been) spiked)\b"
    r"(?! (?:me )?up\b)(?! the (?:cat|dog|horse)\b)(?! by (?:this|that|the|a) (?:song|album|track|show|film|movie|book|game|beat)\b)",
]
RAW[SUICIDE] += [
    # A pet rehomed, then the writer: "im rehoming her this week. then its my turn",
    # "rehomed my cat. i'm next". Not "my turn to pick a film".
    r"\b(?:rehom\w*|giving away|gave away|found (?:a )?(?:new )?homes? for|finding (?:a )?(?:new )?homes? for) "
    r"(?:(?:(?:my|the|our|both my|both of my|all my|all of my) )?(?:\w+ )?(?:cats?|dogs?|pets?|rabbits?|birds?|hamsters?|kitten|puppy|guinea pigs?|fish|horses?)\b"
    r"|(?:her|him|them)(?= *(?:[.!?,;]|$|\b(?:this|next|tomorrow|today|tonight|on|to|and|then|first)\b)))"
    r".*\b(?:(?:then|after that|and then|next) (?:it's|its|it is|it will be|it'll be) (?:my turn|me)\b(?! to (?!go|leave|die|disappear|rest|sleep|be gone)\w)"
    r"|(?:then|after that|and then|next) (?:it's|its|it is) time(?= *(?:[.!?,;]|$))|(?:i'm|im|i am) next(?= *(?:[.!?,;]|$))|then i can (?:go|leave|rest)(?= *(?:[.!?,;]|$|for good|too)))",
]
_SHUT_OUT_PLACE = (r"(?:on|in|of) (?:the|our|my|his|her) (?:\w+ )?(?:balcony|garden|yard|porch|cold|street|snow|rain|hallway|house|flat|apartment|"
                   r"stairwell|car)\b|outside\b")
_SHUT_OUT_REASON = (r"(?:bc|because|cos|cause|for|since|when|if|after) (?:i|me)\b(?! (?:forgot|lost|left|did not (?:have|take|bring)|didn't (?:have|take|bring)) (?:my |the )?(?:keys?|code|fob|card))"
                    r"|as (?:a )?punishment|to (?:teach me|punish me)")
RAW[ABUSE_DANGER] += [
    # Shut out in the cold as a punishment: "he locked me out on the balcony in the cold
    # again bc i talked back". With a named agent the reason may come after a full stop
    # (".*": read on the whole message too); without one, only an outdoor place and a
    # reason in the same sentence, and never a forgotten key.
    r"\b(?:locked|locks|locking|shut|shuts|shutting) me (?:out )?(?:" + _SHUT_OUT_PLACE + r").*\b(?:" + _SHUT_OUT_REASON + r")"
    r"|\b(?:he|she|they|my \w+) (?:\w+ )?(?:put|puts|kept|keeps|left|leaves|makes|made|forced|forces) me (?:out |to (?:sleep|stay|stand) |sleep |stay |stand )?"
    r"(?:(?:on|in) (?:the|our|my|his|her) (?:\w+ )?(?:balcony|garden|yard|porch|cold|street|snow|rain)\b|outside\b).*\b(?:" + _SHUT_OUT_REASON + r")"
    r"|\b(?:i was|i got|i am|i'm|got|was|been|get) (?:locked|shut|kept) (?:out )?(?:" + _SHUT_OUT_PLACE + r")[^.!?]*\bby (?:him|her|them|my \w+)\b.*\b(?:" + _SHUT_OUT_REASON + r")"
    r"|(?:^|\b(?:i was|i got|i am|i'm|got|was|been|get) )(?:locked|shut|kept) out (?:on|in) (?:the|our|my|his|her) (?:\w+ )?(?:balcony|porch|garden|yard|cold|snow|rain|street)\b"
    r"[^.!?]*\b(?:" + _SHUT_OUT_REASON + r")",
]


RAW[SELF_HARM] += [
    # An unnamed "it" taken up again in secret: "used to do it in my teens. started again
    # two days ago. my wife has no idea".
    r"\b(?:used to do (?:it|that)|stopped (?:doing )?(?:it|that)|quit (?:doing )?(?:it|that))\b.*\b(?:started (?:doing it |it )?again|(?:doing|did) it again|started back|relapsed)\b"
    r".*\b(?:no idea|doesn't know|does not know|don't know|dont know|nobody knows|no one knows|noone knows|hiding it|hide it|haven't told|havent told|can't tell|cant tell)\b",
    # "i don't self harm, i just hold ice until it burns": the denial names what is done.
    r"(?![^.!?]*\b(?:pan|oven|toast|sugar|onions?|garlic|butter|steak|caramel|sauce|glue|wax|resin|solder|sparkler|incense|candle|match|marshmallow)\b)"
    r"(?=[^.!?]*\b(?:ice|lighter|skin|myself|my (?:arm|leg|hand|wrist|thigh|stomach)s?|spoon|metal|knife|blade)\b)"
    r"\b(?:hold|holding|held|press|pressing|pressed|put|putting) (?:\w+ ){0,8}?(?:until|till|til) (?:it|they|my skin) (?:burns?|bleeds?|blisters?|marks?|scars?)\b"

    r"|\bi (?:don't|do not|dont|never) (?:self[- ]?harm|cut|hurt myself)\b[^.!?]*\bi (?:just|only) \w+\b[^.!?]*\b(?:until|till|til|lighter|burns?|bleeds?|bruises?)\b",
]
RAW[HARM_OTHERS] += [
    # A list of the people who wronged the writer, and a visit or a reckoning to come.
    r"(?!.*\b(?:therapist|therapy|counsell?or|sessions?|letters? i won't send|forgive)\b)"
    r"\b(?:made|make|making|wrote|written|writing|have|got|keep|keeping) (?:a |my |the )?list of (?:the |all the )?(?:people|everyone|names|those|men|women)\b[^.!?]*"
    r"\b(?:hurt|wronged|bullied|abused|betrayed|crossed|screwed)\b.*\b(?:visit|pay|first one|next one|one by one|get them|going after|coming for)\b",
    # "im gonna smash his face in", "next thing im smashing is his face": a face or head to come.
    r"(?![^.!?]*\b(?:fifa|mario ?kart|chess|smash bros|tennis|squash|badminton|ping pong|darts|pool|poker|game|games|gaming|match|tournament|online|cod|fortnite|smash)\b)"
    r"\b(?:going to|gonna|gon na|will|'ll|about to|want to|wanna) (?:\w+ )?(?:smash|break|bash|cave|kick|knock|punch|rip|tear) (?:in )?(?:his|her|their|your|that \w+'s) (?:stupid |fucking |fkn |ugly )?(?:face|head|skull|teeth|jaw|nose)\b"
    r"|\bnext (?:thing|one) (?:i'm|im|i am|i'll|i will) (?:smashing|breaking|hitting|punching|kicking) (?:is|will be) (?:his|her|their|your) (?:face|head|skull|teeth)\b",
]
RAW[ABUSE_DANGER] += [
    # "he said he would break my legs if i left": a threat to the writer's body, reported.
    r"\b(?:he|she|they|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|dad|father|mum|mom|mother|stepdad))"
    r" (?:said|says|told me|threatened|threatens|swore|promised)(?: me)?(?: that)? (?:he'd|he would|he will|he'll|she'd|she would|she will|she'll|they'd|they would|they will|they'll|to)"
    r" (?:\w+ )?(?:break|smash|snap|cut|burn|bash|cave) (?:in )?my (?:legs?|arms?|face|head|neck|fingers|hands?|jaw|teeth|nose|skull)\b"
    # Not a parent's joke over a car or chocolate: laughter and a trivial "if".
    r"(?![^.!?]*\bif i (?!leave|left|tell|told|go|went|call|report|speak|talk)\w+[^.!?]*\b(?:lol|haha\w*|lmao|xd|jk|kidding)\b)",
]


RAW[SUICIDE] += [
    # Goodbye letters written to the people around the writer: not a therapy letter to an
    # ex or a leaving card for colleagues.
    r"(?![^.!?]*\b(?:therapist|therapy|counsell?or|exercise|closure|never send|won't send|not going to send|cathartic|burned it|burnt it|to the relationship|moving|move|retiring|retirement|retire|new job|last day|graduating|graduation|leaving do|maternity|leave|guests|staff|essay|exam|care home)\b)"
    r"\b(?:wrote|written|writing|write|drafted|drafting|left|leaving) (?:a |some |my |the |little )?(?:goodbye|farewell) (?:letters?|notes?|messages?|videos?|cards?)\b"
    r"(?! (?:to|for) (?:my |the |our |his |her )?(?:\w+ ){0,2}?(?:ex|exes|abuser|him|her|team|colleagues?|coworkers?|co-workers?|co workers?|class|students?|pupils?|teachers?|old (?:job|house|flat|school)|childhood home|house|flat|job|office|mates at work|boss|manager|landlord|neighbours?|customers?|clients?|followers?|subscribers?)\b)",
    # "i won't be around to feed him after this weekend": not there after a date, no trip named.
    r"(?![^.!?]*\b(?:holiday|vacation|trip|travel\w*|flight|flying|abroad|moving|move|camping|festival|conference|offline|signal|wifi|off work|off to|hospital|surgery|leave|away|visiting|deployment|deployed|rehab|retreat|new job|because|cos|bc|appointment|meeting|work|working|shift|dentist|doctor|gran's|nan's|mum's|mom's|hen do|stag|half term|school|exam|class|lunch|course|wedding)\b)"
    r"\b(?:i won't|i will not|i wont|i'm not going to|i am not going to|im not going to|i'm not gonna|im not gonna) be (?:around|here|alive)(?: (?:to|for)(?: \w+){1,3}?)?"
    r" (?:(?:after|past|beyond|by) (?:this|next|the) (?:weekend|week|month|year)|after (?:that|then|tonight|tomorrow|friday|saturday|sunday|monday)|by then|much longer|for (?:much|very) long"
    r"|next (?:week|month|year)|for (?:his|her|their|my kid's|the|christmas|her birthday|his birthday)(?: (?:birthday|wedding|graduation|christmas))?)\b",
]
RAW[SELF_HARM] += [
    # A streak of not hurting oneself reset: "back to day zero on my not-hurting-myself tracker".
    r"\b(?:back to day (?:zero|one|0|1)|reset (?:my |the )?(?:streak|counter|tracker|clean (?:date|time|count))|lost my (?:clean )?streak|broke my (?:clean )?streak|day (?:zero|0|one|1) again)\b"
    # ("not" is part of the tracker's name: "my not-hurting-myself tracker").
    r"(?![^.!?]*\b(?:duolingo|no spend|spending|diet|gym|wordle|sugar|caffeine|vape|vaping|smoking|challenge|budget|wages)\b)(?:\W+\w+){0,4}?\W+(?:not |no )?(?:hurt\w*|cut\w*|sh|self harm\w*|harm\w*|clean|blades?|burn\w*|scratch\w*)\b"
    r"|\b(?:hurt\w*|cut\w*|sh|self harm\w*|clean|blades?|burn\w*)\b[^.!?]*\b(?:back to day (?:zero|one|0|1)|reset (?:my |the )?(?:streak|counter|tracker)|lost my (?:clean )?streak|broke my (?:clean )?streak)\b",
]


# Stop 20: shapes from two unseen sets (crisis-text nights; under-heard voices), each
# with its everyday look-alikes excluded.
RAW[SUICIDE] += [
    # "talk me down pls", "talk me out of it".
    r"\btalk me (?:down|off (?:the|this) (?:ledge|edge|roof|bridge))\b"
    # ...but not out of texting him or buying the boots.
    r"|(?:^|[.!?] +)(?![^.!?]*\b(?:text\w*|call\w*|messag\w*|buy\w*|order\w*|eat\w*|book\w*|dm|snack\w*|shopping|quit\w* my job|get back with|going back to him|email\w*)\b)[^.!?]*?\btalk me out of (?:it|this|doing it)\b",
    # A burden that means to remove itself: "im the leak in everyone's boat. time to patch it".
    r"\bi(?:'m| am) (?:the|a|just a|just the) (?:\w+ ){0,2}?(?:leak|anchor|dead weight|weight|burden|problem|poison|cancer|curse|weak link|dark cloud|broken piece|rot)\b"
    r".*\b(?:time to|going to|gonna|about to|need to|have to) (?:patch|fix|remove|solve|cut|take care of|get rid of|plug|deal with) (?:it|that|the problem|myself|me)\b",
    # "i just wanted one person to know i tried": a message left for afterwards.
    r"\bi (?:just )?(?:wanted|want|needed|need) (?:one person|someone|somebody|anyone|you|one person) to know (?:that )?(?:i tried|i really tried|i loved|it wasn't|it isn't|it's not|none of)",
    # "dont call anyone ok. i just need to say bye to something that wont cry".
    r"\b(?:say|saying|said) (?:bye|goodbye|goodbyes) to (?:something|someone|somebody|anything|my \w+)\b.*\b(?:don't|dont|do not) (?:call|tell|text|ring) (?:anyone|anybody|nobody|my \w+|them|her|him)\b"
    r"|\b(?:don't|dont|do not) (?:call|tell|text|ring) (?:anyone|anybody|nobody|my \w+|them)\b.*\b(?:say|saying) (?:bye|goodbye|goodbyes) to\b",
    # "i stand a little closer to the yellow line at the station".
    r"\b(?:stand|standing|stood|step|stepping|get|getting|go|going|walk|walking) (?:a (?:little|bit|lil|step) )?closer (?:and closer )?to (?:the )?(?:yellow line|platform edge|edge of the platform|tracks|edge|ledge|railing)\b",
    # "theyd get over it in a month": how fast others would get over the writer's absence.
    r"\b(?:they'?d|they would|she'?d|she would|he'd|he would|everyone would|everybody would|people would|my (?:\w+ )?(?:family|mum|mom|kids|parents|friends) would) (?:\w+ )?(?:get over (?:it|me)|move on|forget (?:about )?me)"
    r" (?:in (?:a|one|two|three|\d+|a few) (?:days?|weeks?|months?)|quick(?:ly)?|fast|soon enough|eventually|if i (?:was|were) gone|without me)\b",
    # A farewell to a pet or a person, then "the last thing on the list".
    r"\b(?:told|tell|telling) (?:my \w+|him|her|them|everyone|the \w+) (?:he|she|they|i)(?: was| were| is|'s| loved| love) .*\b(?:the )?last thing on (?:the|my) list\b",
    # "ready to close the book. this chapter went on way too long".
    # ("(?#self)": the book and the chapter are the writer's life, not fiction.)
    r"(?#self)\b(?:ready to|time to|going to|want to|wanna) (?:close the book|end (?:the|this|my) (?:story|chapter|book))\b(?! on\b)(?! with\b).*\b(?:too long|no more chapters|the last page|tired|done)\b",
    # "i want to go home / and i dont mean my apartment".
    r"\b(?:go|going|be|get) home\b.*\b(?:don't|dont|do not|not) mean (?:my|the|a|our) (?:apartment|house|flat|home|place|room|parents)\b",
    # Looking up a height: "looked up how many floors the parking garage on 5th has".
    r"\b(?:looked up|looking up|look up|googled|googling|searched|checked|checking|counted|counting) (?:how (?:many floors|many storeys|many stories|tall|high)|the height of)\b[^.!?]*\b(?:parking garage|car park|multi ?storey|bridge|building|roof|tower|block|cliff|overpass|garage)\b",
    # "signing off for good x", not leaving an app.
    r"\b(?:signing|logging|checking|clocking) (?:off|out) (?:for good|forever|permanently|for the last time)\b(?! (?:from|on) (?:twitter|x|insta\w*|facebook|fb|tiktok|reddit|social media|here|this app|discord|the internet))",
    # "got a plan, got a place, just waiting for the weekend".
    r"(?:^|[.!?,;] *|\b(?:and|i) )(?:(?:i've |i have |i )?got|have) a plan\b[^.!?]*\b(?:place|a date|the date|waiting|weekend|tonight|a way|the way|when|a time|the time)\b(?![^.!?]*\b(?:budget|diet|meal|workout|revision|wedding|holiday|trip|business)\b)",
    # Things given away, and an end only half said: "gave away my tools... suppose i am, in a way".
    r"\b(?:gave|giving|given) away (?:my|all my|all of my|most of my) (?:\w+ ){0,2}?(?:tools|guitars?|stuff|things|games|clothes|books|records|collection|gear|bike|car|plants|vinyl|medals)\b"
    r".*\b(?:in a way|won't need|wont need|not going to need|where i'm going|where im going|thought i was|they think i'm|they think im)\b",
]
RAW[SELF_HARM] += [
    # "went deeper this time. scared me a little".
    r"\b(?:went|gone|go|going|cut|cutting) deeper (?:this time|than (?:before|usual|last time|i meant|i wanted|ever))\b.*\b(?:scared|blood|bleed\w*|stitch\w*|stop|won't close|wont close|gaping)\b",
    # "i just need to bleed a bit to calm down".
    r"\b(?:need|needs|want|wanna|have|got|gotta) to (?:bleed|see (?:some )?blood|feel the (?:sting|blade|burn))\b",
    # "i just moved where i do it": hiding where.
    r"\b(?:moved|changed|switched|move|change) where i (?:do it|cut|hurt myself|burn|do that)\b",
    # "clean for a year and threw it all away in 5 minutes".
    r"\b(?:clean|free|sober|good) (?:for|since) (?:a|one|two|three|\d+|almost a|nearly a) (?:days?|weeks?|months?|years?)\b[^.!?]*\b(?:threw it (?:all )?away|blew it|ruined it|undid it|lost it all|wasted it|gave in|broke it)\b",
    # Not eating as punishment: "havent eaten in 4 days since he left. just water".
    r"\b(?:haven't|havent|have not|not) eaten (?:in|for) (?:\d+|two|three|four|five|six|seven|a few|several) (?:days|weeks)\b.*\b(?:just water|only water|on purpose|don't deserve|dont deserve|disappear|punish\w*|won't eat|wont eat|not going to eat|in pieces)\b",
]
RAW[HARM_OTHERS] += [
    # "i've got all their addresses ... want to do something that makes the news".
    r"\b(?:something|what i do|what i'm going to do|it) (?:that )?(?:will )?(?:makes?|gets?|puts? me) (?:on )?(?:the )?news\b(?![^.!?]*\b(?:good|positive|charity|record|award|viral video|cake)\b)",
    r"\b(?:got|have|found|know) (?:all )?(?:their|his|her|the) (?:home )?addresses\b[^.!?]*\b(?:angry|rage|make them pay|do something|going to|gonna|want to)\b",
    # "gas can's in the trunk. she thinks she can just move on in that house".
    r"\b(?:gas|petrol|gasoline) can(?:'s| is|s are)? (?:in|inside) (?:the|my) (?:trunk|boot|car|truck|back seat)\b.*\b(?:her|his|their|that) (?:house|place|flat|apartment|car)\b",
]
RAW[ABUSE_DANGER] += [
    # Debt bondage: "says i owe him and i have to work it off. i'm not allowed to keep my id".
    r"\b(?:not allowed to|can't|cannot|won't let me) (?:keep|have|get|hold) my (?:own )?(?:id|passport|documents|papers|visa)\b"
    r"|\b(?:owe|owed) (?:him|her|them)\b[^.!?]*\b(?:work it off|pay it off with|have to work|make me work)\b",
    # An adult with power, alone, and the child's unease: "let him check my form in his office. alone. it feels wrong".
    r"\b(?:coach|teacher|tutor|pastor|priest|youth leader|youth pastor|scout leader|instructor|trainer|uncle|stepdad|step dad|mum's boyfriend|mom's boyfriend|boss)\b"
    r".*\b(?:alone|in his office|in his car|in his room|behind closed doors|our secret|our little secret|not to tell|don't tell|dont tell)\b.*\b(?:feels? (?:wrong|weird|off|bad)|uncomfortable|scared|makes me|i don't want to|i dont want to)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    # "the stuff was different this time. heart keeps skipping".
    r"\b(?:the )?(?:stuff|batch|gear|bag|pills?|dope|coke|molly|shit|powder|tabs?) (?:was|is|felt|feels|hit|hits|hitting) (?:\w+ )?(?:different|stronger|weird|off|laced|cut with|not right)\b"
    r".*\b(?:heart|chest|breath\w*|can't feel|cant feel|numb|shaking|seiz\w*|blue|passing out|pass out|throwing up|can't stand|cant stand)\b",
    # Drinking what is not meant to be drunk.
    r"\b(?:drank|drink|drinking|swallowed|downed) (?:some |the |a bottle of |half a bottle of )?(?:hand sanitiz\w*|hand sanitis\w*|mouthwash|rubbing alcohol|antifreeze|bleach|perfume|cologne|nail polish remover|methylated spirits|meths|isopropyl)\b",
    # Drinking, then driving now: "that was a bottle ago. driving home through the hills now".
    r"\b(?:a bottle|two bottles|\d+ (?:drinks|beers|pints|shots|glasses)|(?:six|eight|ten|twelve) (?:drinks|beers|pints|shots)) ago\b.*\b(?:driving|behind the wheel|drive home|on the road)\b"
    r"|\b(?:drunk|wasted|hammered|smashed|high|off my face)\b[^.!?]*\b(?:and |now |just )?(?:driving|behind the wheel)\b(?! (?:lessons?|test|instructor))",
]



# Stop 21: shapes from four unseen sets (guarded writing under a partner's eye; substance
# and harm-to-others slang; long stories; risk only hinted), each with its look-alikes excluded.
RAW[SUICIDE] += [
    # "ctrl alt delete me pls", "uninstall me".
    r"\b(?:ctrl|control) ?alt ?(?:del|delete) (?:me|myself|my life)\b|\b(?:uninstall|factory reset|log me out of|unsubscribe me from) (?:me|myself|life|existence|this life)\b",
    # "now i just want to get away from everything. permanently".
    r"\b(?:want|wanna|need|going|ready) to (?:get away from|escape|leave|be done with|disappear from|check out of|step away from) (?:everything|it all|all of it|this life|life|the world|everyone|existence)\b"
    r"(?!.*\b(?:move|moving|country|abroad|city|town|spain|holiday|job|emigrat\w*|relocat\w*|social medium|work from home|camping|camp|weather|trip|weekend|notice|resign\w*|quit\w*|work|social media|instagram|facebook|tiktok|twitter|apps?|accounts?|working from home|wfh|book|books|series|game|games|novel)\b)(?:[^a-z]*|.*?\b)(?:permanently|for good|forever)\b",
    # "the thought of doing this for another 40 years. no. i'm not doing another 40 days".
    r"(?![^.!?]*\b(?:job|shift|shifts|diet|course|semester|term|school|uni|contract|commute|placement|lease|rota|marriage|relationship|with him|with her)\b)"
    r"\b(?:i am|i) (?:not|can't|cannot|won't|will not|refuse to) (?:doing|do|last|lasting|survive|surviving|make it|making it|face|facing|going to do|going to last|sit through|live) (?:this |it )?(?:for )?another (?:\d+ |few |couple of |ten |twenty |thirty |forty |fifty )?(?:days|weeks|months|years|decades)\b(?! of (?!this\b|it\b|life\b|living\b|me\b|being\b))"
    r"(?![^.!?]*\b(?:holidays?|summer|winter|kids|weather|rain|school run|in laws|exams?)\b)",
    # "feels less like a song and more like a plan these days".
    r"\b(?:less like a|not just a|no longer a|stopped being a) (?:song|joke|lyric|thought|fantasy|daydream|idea|meme|dream)\b.*\bmore (?:like )?a (?:plan|promise|goal|to do|todo|decision|date)\b",
    # "does a will written on notebook paper count ... needs to be valid by this weekend".
    r"\b(?:a|my|the) (?:handwritten |homemade |diy |quick |simple )?(?:will|last will)\b(?= (?:written|count|counts|valid|legal|signed|sorted|done|ready|on|that)\b).*"
    r"\b(?:by|before) (?:this |the |next )?(?:weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|tomorrow|end of the week|week is out)\b"
    r"(?!.*\b(?:surgery|operation|op|procedure|flight|flying|fly|trip|travel\w*|holiday|notary|solicitor|lawyer|christmas|deploy\w*|baby|wedding|moving|move|treatment|chemo|hospital)\b)",
    # "if someone wanted their body donated to science how fast ... is this week too late".
    r"(?#self)(?:\b(?:donate|donated|donating|leave|leaving) (?:my|their|your|his|her|the) body (?:to science|to research|to a medical school)|\b(?:my|their|your|his|her) body (?:donated|left) to (?:science|research))\b.*\b(?:this week|too late|by (?:friday|the weekend|tomorrow|tonight)|before (?:friday|the weekend|tomorrow|tonight))\b",
]
RAW[SELF_HARM] += [
    # "the sharpener in my pencil case is calling me again".
    r"\b(?:sharpener|blades?|razors?|lighter|scissors|compass|box|tin|kit) (?:in (?:\w+ ){1,4})?(?:is|are|keeps|keep|has been|have been) (?:calling|whispering|screaming|singing) (?:to )?(?:me|my name)\b"
    r"(?!.*\b(?:craft\w*|scrapbook\w*|sew\w*|knit\w*|project|haircut|fringe|cake|cookies|biscuits|chocolate|snack\w*)\b)",
    # "got the box out from under the bed. haven't opened it. yet."
    r"\b(?:got|took|pulled|dug|fished|brought) (?:the|my|that|it) (?:box|tin|kit|bag|case|pouch|stash|blades?|razors?)? ?(?:back )?out\b(?!.*\b(?:christmas|decorations?|presents?|gifts?|photos?|toys|clothes|shoes|winter|summer|baby|wedding|album|records)\b)"
    r".*\b(?:haven't|have not|didn't|did not|not) (?:opened|used|touched|done) (?:it|them|anything)\b\W*(?:\w+ ){0,2}yet\b(?=\W*(?:$|[.!]))",
    # "the lighter is back in my pocket and it's not for smoking".
    r"\b(?:lighter|blades?|razors?|sharpener|scissors)\b[^.!?]*\b(?:it is|it's|its|they are|they're|that is|and) (?:not|n't|ain't) (?:for|about) (?:smoking|shaving|cooking|crafts?|school|work|candles|the candles|cigarettes|my legs)\b(?!.*\b(?:candles?|birthday|bbq|barbecue|camping|fire|incense|stove|hob|joint|weed)\b)",
    # "is it bad if i prefer the sting to the feeling".
    r"\b(?:prefer|rather have|rather feel|need|crave|craving|miss) (?:the )?(?:sting|pain|burn|sharpness|bite of the blade)\b(?! of)[^.!?]*\b(?:to|than|over|instead of) (?:the )?(?:feeling|feelings|thoughts|numbness|thinking|emptiness|noise|crying|feeling nothing)\b",
    # "every time i fail a test i owe myself a tally".
    r"\b(?:owe|owed|earn|earned|deserve|deserved) myself (?:a |another |one |\d+ |two |three )?(?:tally|tallies|tally marks?|lines?|cuts?|scratch\w*|burns?)\b",
    # "when you are the triage nurse and the cuts are your own".
    r"\b(?:the|these|my|fresh) (?:cuts|burns|wounds|gashes) (?:are|is) (?:my own|your own|mine|self[ -]inflicted|from me|done by me|by my own hand)\b(?! fault)",
    # "had to wear a cardigan in july to my grandson's party. you can guess why".
    r"(?<!\bused to )\b(?:wear|wore|wearing|had to wear|have to wear) (?:a |my |long )?(?:cardigan|long sleeves?|sleeves|hoodie|jumper|sweater|jacket|sweatshirt|turtleneck)\b[^.!?]*\b(?:july|august|june|summer|heatwave|heat wave|the heat|\d+ degrees|boiling|hot day|the beach)\b"
    r"(?!.*\b(?:dress code|sunburn\w*|sun burn\w*|aircon|air con|cold|freezing|uniform|mosquito\w*|bites|tattoo\w*|rash|eczema|psoriasis|sun cream|allerg\w*)\b)"
    r".*\b(?:guess why|know why|see why|can't let anyone see|so no one sees|so nobody sees|left this behind|hide (?:them|it|my arms|the marks)|the marks|my arms|scars?)\b",
]
RAW[HARM_OTHERS] += [
    # "smacked my daughter across the face. she's 7": the writer hitting a child.
    r"(?:^|\bi (?:just )?|\bi have |\bi've )(?:smacked|slapped|hit|punched|kicked|shook|whacked|choked|beat|shoved|threw) my (?:little |baby |toddler )?(?:daughter|son|kid|kids|child|children|baby|toddler|boy|girl|twins|stepson|stepdaughter|\d+ (?:year old|yr old|yo)(?: \w+)?)\b"
    r"(?!'s)(?! (?:out|off|up|back|awake|a |an |the |at |in |into the car|in the car|into bed|onto the bed|to|with (?:a |the )?(?:pillow|ball|snowball|balloon|nerf|toy|water|cushion|sock))\b)(?![^.!?]*\b(?:play ?fight\w*|pillow fight|wrestl\w*|tickl\w*|tag|accident|accidentally|by mistake|monopoly|mario kart|chess|race)\b)",
    # "i get so rough with them. today i left a mark on one".
    r"\bi (?:get|got|am getting|have been getting|keep getting) (?:so |too |really |very )?rough with (?:them|him|her|the (?:kids|baby|twins|children|boys|girls)|my (?:kids|baby|son|daughter|twins|children|toddler))\b(?![^.!?]*\b(?:play\w*|wrestl\w*|tickl\w*|games?|rough ?(?:and|n) ?tumble|love it)\b)"
    r"|\bi (?:left|have left|keep leaving) (?:a )?(?:marks?|bruises?|handprints?) on (?:him|her|them|one of them|one|my (?:son|daughter|kid|baby|child|toddler|twins?|partner|wife|husband|girlfriend|boyfriend))\b(?!'s)(?! (?:wall|door|car|floor|table|book|work|homework|test|paper|drawing))",
    # "my hands were around his throat before i even realised".
    r"\bmy hands (?:were|was|went|got|ended up) (?:around|round|on) (?:his|her|their|my (?:\w+ )?(?:partner|wife|husband|boyfriend|girlfriend|son|daughter|baby)'?s?) (?:throat|neck)\b(?![^.!?]*\b(?:hug\w*|embrac\w*|cuddl\w*|kiss\w*|danc\w*|massag\w*)\b)",
    # "i have a list. 5 names. dont know why im telling a bot".
    r"(?![^.!?]*\b(?:baby|babies|dog|dogs|cat|puppy|kitten|wedding|guest|invite|shortlist|band|shop|pet|character|team|boat|godparents?|godmother|godfather|referees?|references?|contacts|candidates|nominees?)\b)"
    r"\b(?:i have|i have got|i got|i made|i wrote|i keep) a list\b(?:[^a-z]{0,3}| of |\W*.*?\b)(?:\d+|two|three|four|five|six|seven|eight|ten) names\b(?!.*\b(?:baby|babies|dog|cat|puppy|wedding|guests?|invites?|christmas|cards?|thank you|shortlist|team|godparents?|godmother|godfather|pick|choose|vote|referees?|contacts|candidates|nominat\w*)\b)",
    # "thinking of paying him a visit friday with my granddad's old shotgun".
    r"\b(?:pay|paying|paid|pop|popping|drop|dropping|go|going|head|heading|swing|swinging|show|showing) (?:up )?(?:him|her|them|my ex|my \w+|at (?:his|her|their) (?:place|house|flat|work)) (?:a )?(?:little )?(?:visit|round|over|by)?\b.*\b(?:with|bring|bringing|take|taking|and) (?:\w+'?s? ){0,3}(?:shotgun|gun|rifle|pistol|machete|crowbar|baseball bat|axe|hunting knife)\b(?! (?:collection|range|club|licen[cs]e|safe|cabinet|show|case|box|bag|permit|rack))"
    r"|\b(?:shotgun|gun|rifle|pistol|machete|crowbar|baseball bat|axe|hunting knife)\b.*\b(?:pay|paying|pop|popping|drop|dropping|swing|swinging) (?:him|her|them|my ex) (?:a )?(?:little )?(?:visit|round|over|by)\b",
    # "what's the sentence for something in the heat of the moment ... he's asleep on the couch rn".
    r"(?!.*\b(?:true crime|documentary|doc|podcast|show|series|film|movie|book|novel|exam|essay|law school|class|homework|burglary|shoplift\w*|speeding|fraud|drugs?)\b)"
    r"\b(?:sentence|jail time|prison time|how long would i get|how many years would i get|charged with|get off with)\b.*\b(?:he|she|they) (?:is|are) (?:asleep|sleeping|passed out|out cold|right here|next to me|in the next room|on the couch|on the sofa)\b"
    r"|\b(?:he|she|they) (?:is|are) (?:asleep|sleeping|passed out|out cold)\b.*\b(?:sentence|jail time|prison time|how long would i get|heat of the moment|crime of passion)\b",
]
RAW[ABUSE_DANGER] += [
    # "last time there was a full stop i couldn't lift my arm for a week".
    r"(?![^.!?]*\b(?:gym|workout|leg day|training|match|game|run|ran|marathon|climb|hike|lifting|weights|football|rugby|jab|vaccine|booster|surgery|op|operation|fell|fall|crash|flu|covid|slept|sleep|sofa|couch|yoga|pilates|tooth|teeth|dentist|wisdom|massage|tattoo|injection|filler|drill|class|swim\w*|ski\w*|bike|cycl\w*|stretch\w*|hangover|drunk)\b)"
    r"\b(?:last time|the last time|last time (?:he|she|that|this) (?:\w+ ){0,4})\b[^.!?]*\b(?:couldn't|couldnt|could not|wasn't able to|was unable to) (?:lift|move|use|open|see out of|walk on|sit on|raise|feel) my\b",
    # "help me find a women's refuge but make the chat look like recipes".
    r"\b(?:find|need|get (?:into|to)|looking for|where is|nearest|get me (?:into|to)) (?:a |the |any )?(?:(?:women's |womens |dv |domestic violence |domestic abuse )(?:refuge|shelter)|refuge|safe house|shelter (?:from (?:him|her|them|my \w+)|for (?:me and my kids|me and the kids|women|abused)))\b(?! (?:from the (?:heat|rain|sun|cold|storm|crowds|noise|wind)|on the|hut))(?![^.!?]*\b(?:volunteer\w*|donat\w*|for the homeless|hike\w*|hiking|trail|gr20|mountain|animal refuge|wildlife)\b)",
    r"\b(?:make|making) (?:the|this) (?:chat|conversation|messages?|texts?) look like\b(?=.*\b(?:he|she|they|him|partner|husband|boyfriend|wife|girlfriend)\b)|\bdisguise (?:the|this|our) (?:chat|conversation|messages?)\b"
    r"|\b(?:he|she|they) (?:scrolls|scroll|goes|go|reads|read|checks|check) (?:through )?(?:everything|all my (?:messages|texts|chats))\b",
    # "everything's fine. he says hi. (it's not fine)".
    r"\b(?:he|she|they) (?:says|say|said) hi\b.*\(?\b(?:its|it is|i am|im|everything is|everything's) not (?:fine|ok|okay|alright)\b"
    r"|\b(?:i am|im) fine\b.*\b(?:he|she|they) (?:says|say|said) hi\b",
    # "do other people's husbands hold a pillow over their face 'as a joke'".
    r"(?<!\bi )(?<!\bi just )\b(?:hold|holds|held|holding|put|puts|putting) (?:a )?(?:pillow|cushion|bag|plastic bag) (?:over|on) (?:my|her|his|their) (?:face|mouth|nose)\b(?![^.!?]*\b(?:scream\w*|sister|brother|sibling|pillow fight|to wake (?:me|her|him)|sleep|nap|block (?:the|out))\b)"
    r"|\b(?:his|her|their) hands? (?:over|across) my (?:mouth|nose|face)\b|\b(?:his|her|their) hands? on my (?:mouth|throat|neck)\b(?![^.!?]*\b(?:kiss\w*|gentl\w*|hug\w*|massag\w*)\b)",
    # "hides their insulin and says they'll get it back when they behave".
    r"\b(?:he|she|they|(?:my|her|his|their) (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|carer|dad|father|mum|mom|mother|son|daughter))(?: \w+)? (?:hides|hid|is hiding|took|takes|is taking|keeps|kept|withholds|withheld|flushed|throws away|threw away) (?:my|our (?:son's|daughter's)) (?:insulin|inhaler|epipen|epi pen|medication|meds|pills|heart pills|seizure meds)\b"
    r"(?![^.!?]*\b(?:by accident|accidentally|dog|cat|so i don't|so i wouldn't|safe for me|i asked (?:him|her|them) to|at my request|from the (?:grand)?kids|from the (?:grand)?children|for me|forget|forgot|remind\w*|organi[sz]\w*|dogs?|cats?|puppy)\b)"
    r"|\b(?:hides|hid|hiding|took|takes|taking|keeps|kept|withholds|withheld) (?:her|his|their) (?:insulin|inhaler|epipen|epi pen|medication|meds|heart pills|seizure meds)\b"
    r"[^.!?]*\b(?:when (?:she|he|they|i|you) behaves?|until (?:she|he|they|i) |as (?:a )?punishment|to punish|won't give (?:it|them) back|get (?:it|them) back when)"
    r"(?![^.!?]*\b(?:by accident|accidentally|dog|cat|so i don't|so i wouldn't|safe for me|i asked (?:him|her|them) to|at my request|from the kids)\b)",
]
RAW[SUBSTANCE_CRISIS] += [
    # "i used alone again": using alone is how overdoses go unseen.
    r"\b(?:i|i have|i am|i just) (?:used|using|shot up|shooting up|did (?:a|some) (?:\w+ )?(?:bag|line|shot|hit|fent|dope))(?: \w+)? (?:all )?alone\b(?! (?:for years|in my teens|back then))",
    # "does narcan work on tranq?? we gave him one and he's still out".
    r"\b(?:narcan|naloxone|nalaxone|narcon)\b(?!.*\b(?:band|song|album)\b).*\b(?:still out|not waking|won't wake|wont wake|not breathing|still unresponsive|didn't work|did not work|isn't working|not working|still blue|still not|still asleep|work on (?:tranq|xylazine|fent|fentanyl))\b",
    # "friend is on her back throwing up and out cold, do we roll her".
    r"\b(?:out cold|passed out|unconscious|won't wake|wont wake|not waking|unresponsive|can't wake|cant wake)\b(?!.*\b(?:fine now|ok now|okay now|better now|eating toast|recovered)\b).*\b(?:throwing up|thrown up|vomit\w*|being sick|puking|puked|choking|gurgling|roll (?:her|him|them))\b"
    r"|\b(?:throwing up|vomit\w*|being sick|puking|choking|gurgling)\b.*\b(?:out cold|passed out|unconscious|won't wake|wont wake|not waking|unresponsive|can't wake|cant wake)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    # "i took the whole packet. that was an hour ago".
    r"(?!.*\b(?:course of|antibiotics?|like you're meant to|as prescribed|burglars?|in the divorce)\b)"
    r"\b(?:took|taken|swallowed|downed|necked|had|chucked back) (?:the |a |my )?(?:whole|entire|full) (?:packet|pack|box|bottle|strip|blister|sheet|tub|jar|prescription|supply)\b(?! set)"
    r"(?! (?:of|to|with|home|back|out|round|away|into)\b(?! (?:pills?|tablets?|meds|paracetamol|tylenol|ibuprofen|painkillers?|sleeping pills|insulin|xanax|valium|oxy\w*|codeine|tramadol|antidepressants|sertraline|lithium|them|it)\b))",
]
RAW[SUICIDE] += [
    # "i want to take all of it so i don't wake up".
    r"\bso (?:that )?i (?:don't|do not|won't|will not|never) wake(?: up)?\b(?! (?:up )?(?:in the night|at \d|at night|early|during|every|tired|hungry|sore|late|groggy|when|to|the baby|the kids|anyone|him|her|them|my|with (?:a |cramp\w*|back|neck|sore|stiff\w*|headache\w*))\b)",
    # "i want to do it properly this time".
    r"(?!.*\b(?:flatpack|flat pack|furniture|cake|recipe|bake|exam|test|theory|essay|wedding|prenup|diy|course|paint\w*|garden|tiles?|budget|driving|revision|homework|job|interview|application|relationship|marriage|dating|together|diet|training)\b)"
    r"(?:\b(?:last time|tried|attempt\w*|hospital|woke up|pills|survived|didn't work|did not work|a and e|icu)\b.*\b(?:want to|going to|need to|gonna|wanna|will|plan to|planning to) do it (?:properly|right) this time\b"
    r"|\b(?:want to|going to|need to|gonna|wanna|will|plan to|planning to) do it (?:properly|right) this time\b.*\b(?:last time|tried|attempt\w*|hospital|woke up|pills|survived|didn't work|did not work)\b"
    # "i want to do it properly this time" alone, but not the flatpack or the prenup (above).
    r"|\b(?:want to|going to|gonna|wanna|will|i am going to) do it properly this time\b)",
]
RAW[SUICIDE] += [
    # "counting down till i can leave this world".
    r"\bi (?:just |really |honestly |kind of |kinda )?(?:want|wanna|am going|am ready|need|am planning|plan|am about|am waiting|am trying|am dying|have decided|decided) (?:to )?(?:just )?(?:leave|exit|depart|quit) (?:this|the) (?:world|earth|planet)\b(?! (?:a |better|behind|of|for (?:a|the) (?:week|weekend|day|night)|with)\b)"
    r"|(?<!\bbefore )\b(?:till|until|before|so|when|if) i (?:can |could |finally )?(?:leave|exit|depart|quit) (?:this|the) (?:world|earth|planet)\b(?! (?:a |better|behind|of|for (?:a|the) (?:week|weekend|day|night)|with|i want to see|i want to visit)\b)",
]
RAW[ABUSE_DANGER] += [
    # "choked me out last wkend during a fight".
    r"(?![^.!?]*\b(?:bjj|jiu ?jitsu|judo|mma|grappling|sparring|wrestling|smoke|fumes)\b)(?:\b(?:he|she|they|him|her|my (?:\w+ )?\w+)(?: \w+)? |(?:^|[,.;!?] |\band )(?:\w+ )?)(?:choked|strangled|throttled) me (?:out|unconscious|until|till|so hard|again|last|during|in (?:a|the|our) (?:fight|row|argument))\b(?! of\b)(?![^.!?]*\b(?:bjj|jiu ?jitsu|judo|mma|wrestling|training|class|sparring|smoke|fumes|grappling|match)\b)",
]
RAW[ABUSE_DANGER] += [
    # "tuesday he broke my finger because dinner was cold".
    r"\b(?:he|she|they|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee|dad|stepdad|mum|mom))(?: \w+)? (?:broke|broken|fractured|cracked|dislocated|busted|split) my (?:finger|fingers|arm|nose|wrist|ribs?|jaw|hand|tooth|teeth|collarbone|ankle|leg|eye socket|cheekbone|skull|lip)\b"
    r"(?![^.!?]*\b(?:by accident|accidentally|playing|football|rugby|match|game|trampoline|fall|fell|skiing|tackle)\b)",
]
RAW[SUBSTANCE_CRISIS] += [
    # "been on a bender for 4 days".
    r"\b(?:been |on |going on )?(?:a|an|the) (?!(?:netflix|tv|telly|reading|book|gaming|shopping|cleaning|study|studying|revision|crochet|baking|sugar|chocolate|sleep|work|writing|anime|movie|film|series) )(?:\w+ )?(?:bender|binge|session) (?:for|since) (?:\d+|two|three|four|five|six|seven|a few|several|days|a week)\b(?! (?:hours|episodes|seasons))(?![^.!?]*\b(?:netflix|series|show|tv|episodes?|seasons?|films?|movies?|reading|books?|games?|gaming|shopping|cleaning|revision|studying|work)\b)",
]
RAW[SUICIDE] += [
    # "i keep driving past the level crossing slower and slower each time".
    r"\b(?:keep|kept|been|i am|i) (?:driving|walking|going|standing|stopping|sitting|pausing|lingering|slowing down) (?:past|by|at|near|on|over|to) the (?:level crossing|railway|railway line|tracks|train tracks|bridge|cliffs?|edge|overpass|motorway bridge|multi storey|car park roof|quarry|pier)\b"
    r"[^.!?]*\b(?:slower|longer|closer|each time|every time|every night|every day|again)\b(?![^.!?]*\b(?:traffic|roadworks|works|photos?|pictures?|dog|run|training|commute)\b)",
]
RAW[ABUSE_DANGER] += [
    # "does it count as choking if i didnt pass out".
    r"\b(?:does|would|is) (?:it|that|this) (?:still )?(?:count|counts|considered|classed) as (?:choking|strangling|strangulation|abuse|rape|assault|sexual assault|hitting|violence|domestic violence|domestic abuse|coercion)\b(?=[^.!?]*\b(?:i|me|my|he|she)\b)",
]
RAW[SUICIDE] += [
    # "thinkin about sucide alot latley", also spaced or stretched ("think in about", "thiinkin").
    r"\b(?:th+i+n+k\w*(?: in)?|thought|thot|thnk\w*) (?:about|bout|abt|of|abut) (?:suicide|killing myself|ending my life|ending it all|topping myself|unaliving myself)\b"
    r"(?! (?:prevention|awareness|rates?|statistics|stats|in (?:the|young|men|teens|my (?:essay|book|novel|class))|for (?:my|a|the) (?:essay|class|book|novel|project|assignment|exam)))",
]
RAW[ABUSE_DANGER] += [
    # "last week she threw a plate at my head and i needed stitches".
    r"\b(?:he|she|they|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|fiance|dad|stepdad|mum|mom))(?: \w+)? (?:threw|throws|hurled|chucked|lobbed) (?:a |the |his |her |their |my )?(?:\w+ )?(?:plate|glass|bottle|mug|chair|knife|phone|remote|pan|shoe|lamp|brick|iron|kettle|vase|ashtray) at (?:me|my (?:head|face|back))\b",
    # "he makes me sleep on the floor when i don't earn enough".
    r"\b(?:makes?|made|forces?|forced) me (?:to )?sleep (?:on the floor|outside|in the car|in the garage|in the shed|in the garden|on the porch|in the bath)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    # "i've been taking my mum's morphine patches to sleep".
    r"\b(?:i am|i have been|i've been|been|i) (?:taking|using|stealing|took|stole|used) (?:my \w+'s|someone else's|her|his|their|my (?:nan|gran|grandad|grandpa|dad|mum|mom)'s) (?:\w+ )?(?:morphine|oxy\w*|fentanyl|fent|methadone|codeine|tramadol|xanax|diazepam|valium|sleeping pills|patches|painkillers|benzos?|pain meds)\b",
]
RAW[SUICIDE] += [
    # "i don't really care anymore what happens to me".
    r"\bi (?:don't|do not|dont) (?:really |even )?care (?:anymore |any more )?(?:what happens to me|if i (?:die|wake up|live|make it|get hurt|survive)|whether i (?:live|die|wake up))\b",
]

# Pieces shared by the stop 22-23 patterns below, written once.
_NOT_AN_OVERDOSE_OF_VITAMINS = r"(?!.*\b(?:overdose|overdosed|od) on (?:too much )?(?:vitamins?|vitamin [a-z]\d?|supplements?|gummies|melatonin|fish oil|caffeine|coffee|energy drinks?|water|iron tablets)\b(?! (?:and|with|plus)\b))"
_OVERDOSE_WORD = r"\b(?:overdose|overdosed|overdosing|od|too many (?:pills|tablets|of (?:them|my|the|her|his)))\b"
_TOOK_SOME_EARLIER = r"\b(?:took|taken|swallowed|had|necked|downed) (?:some|them|a few|a bunch|a load|loads|lots|a lot|a handful|a couple|the rest)\b(?: of (?:them|it))? ?(?:earlier|already|an hour ago|(?:\d+|two|three|a few|a couple of) hours? ago|this morning|last night|tonight|today|just now|before)\b"
# Knives sharpened for a meal.
_NOT_A_MEAL = r"(?!.*\b(?:dinner party|bbq|barbecue|roast|turkey|lamb|cooking class|chef|recipe|sushi|prepped|anniversary dinner|for our anniversary)\b)"
# "in and out" of consciousness, after a drug taken; not of work, prison or a signal.
_DRUG_TAKEN = r"\b(?:ghb|(?:took|on|some|had|dropped|did|doing) (?:g|k)|ket|xanax|xans|bars|benzos?|pills?|drinks?|drunk|spiked|drugged|fent\w*|heroin|lean|dope|took (?:something|some|too much|too many|a load|loads)|high|oxy\w*|methadone|overdos\w*|od|tablets?|meds)\b"
_IN_AND_OUT = r"\b(?:i am|i'm|im|i keep|keep|keeps|he is|he's|she is|she's|they are|they're|he keeps|she keeps|been|going|drifting|slipping|fading)(?: going| drifting| slipping| fading)? in and out(?! of (?:work|the office|hospital|the house|town|the shop|signal|reception|meetings|traffic|range|wifi|coverage|prison|jail|rehab|care|foster care|homes|relationships|love|my life|our lives))(?: of (?:it|consciousness|sleep))?\b"
_NOT_A_SIGNAL = r"(?![^.!?]*\b(?:signal|reception|4g|5g|wifi|coverage|meetings?|errands)\b)"

# Stop 22: shapes from five unseen sets (an evaluation-style mix, a clinician's borderline
# cases, talk inside the bot's own topics, older and non-native English, harm to others and
# substance crises), each with its look-alikes excluded.
RAW[ABUSE_DANGER] += [
    # "my ex keeps showing up everywhere i go", "he keeps turning up outside my work". A
    # nervous "lol" is no joke; flowers or coffee are sweet only if nothing says unwanted.
    r"\b(?:he|she|they|my (?:\w+ )?(?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|stalker|abuser|dad|father|stepdad))(?: \w+)? (?:keeps|kept|has been|keep|been|is (?=showing|turning)) ?(?:showing up|turning up|waiting|parking|driving past|hanging around|lurking) (?:(?<=driving past )(?:my|our|the) (?:house|flat|place|apartment|work|school)|everywhere|wherever|outside|at (?:my|the) (?:house|flat|door|work|job|gym|school|kids' school|place|window)|near (?:my|the) (?:house|flat|work|school)|where i (?:go|am|work|live))\b"
    r"(?![^.!?]*\b(?:cute|sweet|surprise|flowers|coffee|lunch|birthday|romantic|give me a lift|pick me up|drive me home|a lift home|walk me home)\b(?![^.!?]*\b(?:blocked|even though|told (?:him|her|them) to stop|scared|freaked|creepy|won't leave|restraining|police|unwanted)\b))"
    # "he is waiting outside my house": said of an ex or a stalker, not of a lift home.
    r"|\b(?:he|she|my (?:\w+ )?(?:ex|stalker|abuser))(?: \w+)? (?:is|keeps|kept|has been|keep|been) (?:waiting|parking|hanging around|lurking|sitting in (?:his|her|a) car) (?:outside|at (?:my|the) (?:house|flat|door|window)|near (?:my|the) (?:house|flat)|where i (?:live|work))\b"
    r"|\b(?:he|she|my (?:\w+ )?(?:ex|partner|husband|wife|boyfriend|girlfriend|bf|gf|stalker|abuser))(?: \w+)? (?:keeps|kept|has been|keep|been) appearing (?:everywhere|wherever|outside|at (?:my|the) \w+|where i (?:go|am|work|live))\b",
    # Veiled threats: "he keeps saying accidents happen to people who talk too much",
    # "accidents happen to nosy wives"; not road safety.
    r"\baccidents (?:can |do |tend to |have a way of )?happen(?:ing)? to (?:people|women|girls|wives|snitches|anyone|those|folk|mouthy \w+|nosy \w+) (?:who|that|like)\b"
    r"(?![^.!?]*\b(?:helmets?|seat ?belts?|ladders?|climb\w*|swim\w*|ice|speed\w*|text and drive|drink and drive|ride without|riding without|drive without)\b)"
    r"|\baccidents (?:can |do |tend to |have a way of )?happen(?:ing)? to (?:nosy|mouthy|snitches|grasses|nosey|gobby|disloyal|ungrateful)(?: \w+)?\b"
    r"|\b(?:people|women|girls|wives|snitches|grasses|anyone) (?:who|that) (?:talk|snitch|grass|tell|leave|go to the police|open their mouths?)(?: \w+){0,3}? (?:end up (?:hurt|dead|missing|in (?:a ditch|the river|hospital|the ground|a box)|six feet under)|get hurt|get what|disappear|go missing|have accidents|don't live|never make it)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    # "how long does it take for a paracetamol overdose to show? took some earlier"; not
    # vitamins or coffee.
    "(?#self)" + _NOT_AN_OVERDOSE_OF_VITAMINS + _OVERDOSE_WORD + ".*" + _TOOK_SOME_EARLIER
    + "|(?=.*" + _OVERDOSE_WORD + ")" + _NOT_AN_OVERDOSE_OF_VITAMINS + _TOOK_SOME_EARLIER,
    # A promise broken now: "i said i'd never touch it again after my brother od'd. i just did".
    r"\b(?:said|swore|promised(?: (?:myself|everyone|them|him|her|my \w+))?|told (?:myself|everyone|them|my \w+)) (?:that )?i (?:would|will|was going to) never (?:touch|use|do|take|drink|go near|buy)(?: (?:it|that|that stuff|the stuff|drugs|heroin|coke|crack|meth|pills|them|gear|fent\w*|a drink|alcohol))? (?:again|ever again)\b"
    r"(?:(?<=use again)|(?<=use ever again)|(?=.*\b(?:od|oded|od'd|overdos\w*|drugs|dealer|high|relapse\w*|bought more|got more|scored|needle|pills|clean|using|used|sober)\b))"
    r"(?=.*\b(?:i (?:just )?did|just did|did it anyway|i used|used again|bought more|got more|scored|i am high|using again|i am using|relapsed)\b)",
]

RAW[SELF_HARM] += [
    # "sometimes i press the hot iron to my leg just for a second"; "i hold a lighter to my
    # forearm", "putting out cigarettes on my arm"; not a cigarette handed over.
    r"(?!(?:put|putting) (?:the |a |my |her )?(?:\w+ )?(?:cigarette|ciggie|fag|lighter|spoon|pan|kettle|match) (?:into|in) my hands?\b)"
    r"\b(?:press|pressed|pressing|presses|hold|held|holding|put|putting|touch|touched|touching|stub|stubbed|stubbing) (?:out )?(?:the |a |my |her )?(?:hot |lit |heated )?(?:iron|lighter|cigarettes?|ciggies?|fags?|lit match|match|hair straighteners?|straighteners|curling iron|curling tongs|spoon|pan|poker|kettle) (?:out )?(?:to|against|on|onto|into|under) my (?:inner |upper )?(?:leg|legs|arm|arms|forearms?|thigh|thighs|skin|wrist|wrists|hand|hands|stomach|belly|hip|hips|ankle|foot|chest|shoulder|neck)\b"
    r"(?![^.!?]*\b(?:by accident|accidentally|by mistake|oops|ouch lol)\b)",
    # "my nails dig in until there's blood", "dig my nails into my palms till they bleed";
    # not a kitten's claws.
    r"(?<!kitten's )(?<!kittens' )(?<!cat's )(?<!puppy's )(?<!dog's )(?<!baby's )(?<!toddler's )(?<!her )(?<!his )(?<!their )"
    r"\b(?:nails|fingernails)\b[^.!?]*\b(?:dig|digs|digging|dug|press|pressing)\b[^.!?]*\b(?:until|till|til|to the point) (?:there is |there's |it |they |i |the skin )?(?:blood|bleed|bleeds|bleeding|draw blood|breaks? the skin|broke the skin)\b"
    r"|\b(?:dig|digs|digging|dug) my (?:finger)?nails (?:in|into)\b[^.!?]*\b(?:until|till|til|to the point) (?:there is |there's |it |they |i |the skin )?(?:blood|bleed|bleeds|bleeding|draw blood|breaks? the skin|broke the skin)\b",
    # "i just carved his initial into my leg"; not a tattoo or a pumpkin.
    r"(?:\b(?:carve|carved|carving|carves|etched|etching) (?:\w+ ){0,3}?(?:into|in|on)|\b(?:scratched|scratching|scratch) (?:\w+ ){1,3}?into) my (?:own )?(?:inner |upper )?(?:leg|legs|arm|arms|forearms?|thigh|thighs|skin|wrists?|stomach|belly|hip|hips|ankle|chest|hand|hands)\b"
    r"(?![^.!?]*\b(?:tattoo\w*|henna|pen(?! ?knife)|marker|biro|sharpie|pumpkin|wood|tree|desk|bench)\b)",
    # Said without a "to": "i not want die. i only want hurt me".
    r"\bi (?:only |just |really |so )?(?:want|wanna|need) (?:to )?(?:hurt|cut|burn|punish) (?:me|myself)\b(?! (?:by|with) (?:work|running|the gym|exercise))",
]
RAW[ABUSE_DANGER] += [
    # "someone left a dead bird at our door" (said of a person, not the cat): a pet's habit
    # ("she leaves a dead mouse most mornings") is not a threat.
    r"\b(?:someone|somebody|my ex|his (?:family|friends|mates|brother|brothers)|her (?:family|brother|brothers))(?: \w+)? (?:left|leaves|put|puts|nailed|hung|dumped|threw) (?:a |another |two |three )?dead (?:bird|birds|rat|rats|animal|animals|cat|fish|rabbit|mouse|mice|pigeon|crow|dog|squirrel|fox) (?:at|on|outside|in|by|through|under) (?:our|my) (?:door|doorstep|front door|back door|car|porch|mailbox|letterbox|windscreen|windshield|step|steps|gate|bed|bag)\b"
    r"|\b(?:he|she|they)(?: \w+)? (?:left|put|nailed|hung|dumped|threw) (?:a |another |two |three )?dead (?:bird|birds|rat|rats|animal|animals|cat|fish|rabbit|mouse|mice|pigeon|crow|dog|squirrel|fox) (?:at|on|outside|in|by|through|under) (?:our|my) (?:door|doorstep|front door|back door|car|porch|mailbox|letterbox|windscreen|windshield|step|steps|gate|bed|bag)\b"
    r"(?![^.!?]*\b(?:cat|kitty|dog|fox|hunter|present|gift|most mornings|every morning)\b)",
    # Found after fleeing: "we escaped the same cult but they found where we live".
    r"\b(?:escaped|fled|ran from|ran away from|hiding from|got away from|left (?:him|her|them|the cult|the group))\b.*\b(?:found|have found|has found|tracked down|found out|figured out|know|knows|worked out) where (?:we|i|me and \w+) (?:live|are|am|moved|stay|are staying|am staying|work)\b"
    r"(?!.*\b(?:christmas card|birthday card|sent (?:a|me a) card|lol|haha|to apologi[sz]e|and apologi[sz]ed|so happy|long lost|reunit\w*|so glad|thrilled)\b)",
]
RAW[HARM_OTHERS] += [
    # "just sharpened all the kitchen knives, feel calmer now. he'll be home at 6"; not a
    # meal being made.
    r"\bsharpen(?:ed|ing|s)? (?:all |every |each )?(?:of )?(?:the |my |his |her |our )?(?:kitchen )?(?:knives|knife|blades?|axe|machete|cleaver)\b.*\b(?:he|she|they)(?: will| is| be| are)? (?:going to be |gonna be |be )?(?:home|back|here) (?:at|by|soon|in|tonight|later)\b"
    + _NOT_A_MEAL + r"(?!.*\bcarv\w* (?:the |a |our )?(?:turkey|roast|chicken|lamb|beef|ham|meat|joint|pumpkin|brisket)\b)"
    r"|\b(?:when|once|before) (?:he|she|they) (?:gets?|comes?) (?:home|back)\b.*\bsharpen(?:ed|ing)? (?:all |every |each )?(?:the |my |his |our )?(?:kitchen )?(?:knives|knife|blades?|axe|machete|cleaver)\b"
    + _NOT_A_MEAL,
    r"\b(?:going to|gonna|will|want to|wanna|about to|could) carve (?:him|her|them|his face|her face)(?: up| open)?\b",
    # Someone else about to end their life: "ur gf says shes gonna end it... not the relationship. her life".
    r"\b(?:she|he|they)(?: is| are)? (?:gonna|going to|about to|will|wants to|want to) end it\b(?=.*\b(?:not the relationship|(?:her|his|their) (?:own )?life|kill (?:herself|himself|themselves))\b)"
    r"|\b(?:she|he|they)(?: is| are)? (?:gonna|going to|about to|will|wants to|want to|trying to) (?:end (?:her|his|their) (?:own )?life|kill (?:herself|himself|themselves))\b(?![^.!?]*(?:\b(?:in the (?:book|film|movie|show|episode|novel)|character|laugh\w*|lol|lmao|haha|for missing|with all (?:that|the|this)|when (?:he|she|they) sees? the|embarrass\w*)\b|😂|🤣|💀))",
    # "ill kill ur whole family, watch".
    r"(?:^|\b(?:i will|ill|i'll|imma|i am going to|i am gonna|i am gon na) |(?<=^)(?:gonna|going to) )(?:(?:find|hunt down|come for) (?:you|u) and )?(?:kill|murder|hurt|stab|shoot|end) (?:you|your|ur|his|her|their) (?:whole |entire )?(?:family|fam|kids|children|mum|mom|mam|dad|wife|husband|brother|sister|son|daughter|girlfriend|boyfriend)\b"
    r"(?![^.!?]*\b(?:in (?:the )?game|gg|lol|haha|lmao|in fortnite|in cod|round)\b)",
    # "tell me why i shouldn't just run her over", "give me one reason not to".
    r"\b(?:tell me why |give me (?:one|a) (?:good )?reason (?:why )?)i (?:shouldn't|should not|shouldnt|can't|cannot) (?:just )?(?:run (?:him|her|them) over|kill|hurt|stab|shoot|hit|punch|strangle|choke|smash|batter|beat)\b"
    r"|\bgive me (?:one|a) (?:good )?reason not to (?:run (?:him|her|them) over|(?:kill|hurt|stab|shoot|hit|punch|strangle|choke|smash|batter|beat) (?:him|her|them|my \w+))\b"
    r"|\b(?:want to|wanna|going to|gonna|about to|could just|should just|thinking (?:about|of)|tempted to) (?:just )?run(?:ning)? (?:him|her|them|my \w+|that \w+) (?:over|down)\b(?![^.!?]*\b(?:lol|haha|lmao|jk|😂|🤣|mario ?kart|kart|gta|in (?:the )?game|forza|fifa|racing|race|the track)\b)",
]

RAW[HARM_OTHERS] += [
    # "what's the sentence for hurting someone...? asking bc i'm about to find out"; not a
    # relative's court date.
    r"\b(?:sentence for|jail time for|prison time for|how long would i get|how many years would i get|would i go to (?:prison|jail)|would i get (?:prison|jail|time)|what would i get for)\b.*\b(?:i am|i'm|im) (?:about to|going to|gonna) find out\b"
    r"(?!.*\b(?:hearing|court date|verdict|trial|sentencing|his case|her case)\b)",
]
RAW[SUBSTANCE_CRISIS] += [
    # "ghb at his place, i'm in and out": drifting in and out of consciousness. Not a signal,
    # a busy day or "in and out of work"; a bare "g" or "k" only as a drug taken.
    _DRUG_TAKEN + ".*" + _IN_AND_OUT + _NOT_A_SIGNAL
    + "|" + _IN_AND_OUT + _NOT_A_SIGNAL + "(?=.*" + _DRUG_TAKEN + ")"
    + r"|(?<!says )(?<!said )\b(?:drifting|slipping|going|fading|i am|i'm|he is|she is|keeps?) in and out of consciousness\b(?![^.!?]*\b(?:hospice|palliative|end of life|ward|surgery|sedat\w*)\b)",
]

# Stop 24: the misses of four new sets.
# An act on a person, not a shot at pool or a chess final.
_VIOLENT_ACT = (r"\b(?:went for (?:him|her|them|me|my \w+)|(?:stabbed|attacked|beat|battered|strangled|choked|shot|killed|hurt|smashed) (?:him|her|them|my (?!way\b|record\b|time\b)\w+)|"
                r"beaten (?:up|black and blue)|put (?:him|her|them|my \w+) in (?:the )?hospital|with a (?:baseball )?(?:bat|hammer|knife|crowbar|brick|machete|gun))\b")
_YOU_ARE_NEXT = (r"\b(?:told|tells|telling|said|says|saying|texted|texting|messaged|warned|threatened|screamed|shouted|yelled)\b(?: \w+){0,4}? (?:that )?"
                 r"(?:i am|i'm|im|i'll be|i will be|i'd be|i would be|you are|you're|youre|u r|ur|you'll be|you will be) next\b(?! (?:in line|in the queue|to|up|on the rota|week|year|month|time|door))")
_NOT_A_GAME = r"(?!.*\b(?:game|games|match|final|chess|pool|snooker|darts|penalty|penalties|nerf|paintball|laser tag|class|queue|range|fade|barber|tournament|round|level|lol|lmao|haha|jk)\b)"
RAW[ABUSE_DANGER] += [
    # The oldest threat there is: "...and at the bottom: 'if i can't have you no one will.'"
    # Said to the writer ("you"); the writer's own ("...have her") is a harm to others.
    r"^(?![^.!?]*\b(?:song|lyrics?|film|movie|villain|character|chapter|book|novel|episode|jokingly|joking|lol|haha|lmao)\b)(?:(?!\bi (?:told|said to|texted|warned)\b)[^.!?])*?"
    r"\bif i (?:can't|cannot|can not|cant) have (?:you|u)\b,? (?:then )?(?:no one|nobody|no-one|noone)(?: else)? (?:will|can|ever will|gets to)\b",
    # "stepdad went for him with a hammer ... and he told my brother i'm next".
    _VIOLENT_ACT + ".*" + _YOU_ARE_NEXT + _NOT_A_GAME + "|" + _YOU_ARE_NEXT + "(?=.*" + _VIOLENT_ACT + ")" + _NOT_A_GAME,
    # A parent with a history, whose contact is supervised, keeps the children: "he
    # hasn't brought them back... his phone is off". Not an ex who is late as usual.
    r"\b(?:he|she|they|my ex|(?:their|his|her) (?:dad|father|mum|mom|mother))(?: still)? (?:hasn't|has not|hasnt|have not|haven't|didn't|did not|won't|will not|wont|refuses to|refused to)"
    r" (?:(?:brought|bring|given|give|dropped|drop) (?:them|the kids|the children|my (?:kids|children|son|daughter|baby|boy|girl|little one)|(?:our|the) (?:son|daughter|baby)) (?:back|home)"
    r"|(?:returned|return) (?:them|the kids|the children|my (?:kids|children|son|daughter|baby|boy|girl|little one)|(?:our|the) (?:son|daughter|baby)))\b"
    r"(?=.*\b(?:phone (?:is|was) (?:off|dead|switched off)|phone (?:goes|is going|went) (?:straight )?to voicemail|(?:isn't|is not|not|won't|wont|isnt) (?:answering|picking up)|no answer|police|unsupervised|restraining order|protective order)\b)"
    r"(?!.*\b(?:always late|usually late|as usual|yet|till|until|on time|annoyed|all fine|ran over|civil matter|lol)\b)",
]
RAW[SELF_HARM] += [
    # "every time i break no contact i carve a line. im at 12 now"; not wood, a pumpkin or
    # a tally on a calendar (and "cut a line" is a drug's).
    r"(?#frame)(?:\b(?:every|each) time\b[^.!?]*\bi (?:carve|carved|scratch|scratched|etch|etched) (?:a|another|one more|one|a new) (?:line|tally|mark)\b"
    r"|\bi (?:carve|carved|scratch|scratched|etch|etched) (?:a|another|one more|one|a new) (?:line|tally|mark)\b[^.!?]*\b(?:every|each) time\b)"
    r"(?![^.!?]*\b(?:wood|wooden|table|desk|door|doorframe|wall|tree|oak|bench|board|pumpkin|clay|stone|soap|paper|sand|snow|ice|skis?|post|bedpost|frame|calendar|notebook|diary|journal|chart|fridge|stick|log|canoe|floor|cake|lino|linoleum|block|belt|bat|bar)\b)",
]
RAW[HARM_OTHERS] += [
    r"(?:\bif i (?:can't|cannot|can not|cant) have (?:her|him|them)|\bi (?:told|said to|texted|warned) (?:him|her|them|my \w+)\b[^.!?]{0,20}?if i (?:can't|cannot|can not|cant) have (?:you|u))\b,? (?:then )?(?:no one|nobody|no-one|noone)(?: else)? (?:will|can|ever will|gets to)\b"
    r"(?![^.!?]*\b(?:song|lyrics?|film|movie|villain|character|chapter|book|novel|episode|jokingly|joking|lol|haha|lmao)\b)",
    # "yes i'm safe. he's the one who won't be, once i get there".
    r"\b(?:he|she|they)(?: is| are)? (?:the one|the ones) who (?:won't|will not|wont|isn't going to|is not going to|ain't gonna) be(?: (?:safe|ok|okay|alive|breathing|walking|standing))?,? (?:once|when|after|as soon as|by the time) i (?:get (?:there|to (?:him|her|them)|hold of|my hands on)|find|see|catch|am done|'m done|finish)\b"
    r"|\b(?:he|she|they) (?:won't|will not|wont) be (?:safe|breathing|walking|standing)\b[^.!?]*\b(?:once|when|after|as soon as|by the time) i (?:get (?:there|to (?:him|her|them)|hold of|my hands on)|find|catch|am done|'m done|finish with)\b"
    r"|\b(?:once|when|as soon as|by the time) i (?:get there|get to (?:him|her|them)|get hold of (?:him|her|them)|get my hands on (?:him|her|them)|find (?:him|her|them)|catch (?:him|her|them))\b,? (?:he|she|they) (?:won't|will not|wont) be (?:safe|breathing|walking|standing)\b"
    r"(?![^.!?]*\b(?:hospice|hospital|dying|palliative|ward|icu|nursing home|flight|visiting hours)\b)",
]
RAW[SUICIDE] += [
    # "I wrote one this evening and scheduled it for midnight" (a goodbye post).
    r"(?:\b(?:goodbye|suicide) (?:posts?|notes?|letters?|messages?|texts?|videos?)\b.*\bschedul(?:e|ed|ing) (?:it|one|them|that|the post|a post|the message|a message)\b(?! (?:for|to) (?:next|my|his|her|the) (?:week|month|birthday|anniversary))"
    r"|\bschedul(?:e|ed|ing) (?:a|my|the) (?:goodbye|suicide) (?:posts?|notes?|letters?|messages?|texts?|videos?)\b)"
    r"(?!.*\b(?:cowork\w*|co-workers?|colleagues?|team|slack|retir\w*|last day|new job|leaving do|office|company|clients?|followers|subscribers|channel|blog|series|newsletter|students|class)\b)",
]

RAW[SELF_HARM] += [
    # "i've been doing it since friday and it's getting deeper each time" (after "not clean anymore").
    r"\b(?:it(?: is|'s)|they(?: are|'re)|cuts? (?:are|is)|i(?: am|'m)) (?:getting|going|cutting) deeper (?:each|every) time\b",
]
RAW[SUICIDE] += [
    # "i just need someone to know before i do it".
    r"\b(?:someone|somebody|anyone|anybody|you) to know before i (?:do it|do this|go through with it|end it|go)\b(?! (?:to|on|for|back|home|out|away)\b)",
    # "he took everything, even the part of me that wanted to stay alive".
    r"\b(?:took|take|taken|takes|killed|kill|kills|broke|break|broken|destroyed|destroy|lost|lose|gone|died|no longer have|don't have|do not have)\b[^.!?]{0,40}\bpart of me that (?:wanted|wants|want) to (?:stay alive|live|keep living|be alive|go on|keep going)\b",
]
RAW[ABUSE_DANGER] += [
    # "why is he sharpening knives at the table and staring at me".
    r"\b(?:he|she|they)(?: is| are|'s|'re)? sharpening (?:a |the |his |her |their |all the |kitchen )*(?:knife|knives|blades?|axe|machete)\b[^.!?]*\b(?:staring|looking|glaring|smiling|grinning) at me\b",
]

# Stop 24, second round: short messages, logistics that carry a plan, someone else now.
_NOT_A_SNACK = r"(?! of (?:water|juice|coke|pepsi|lemonade|milk|squash|gatorade|kombucha|gum|mints|crisps|chips|biscuits|cookies|sweets|candy|haribo|chocolate|oreos|cards|beer|cigs|cigarettes|smokes)\b)"
RAW[SUICIDE] += [
    # A bare "suicidal" opening a sentence ("suicidal. again"); not the topic word.
    r"(?:^|(?<=[.!?] ))suicidal\b(?!\W+(?:no|nope|nah|not)\b)(?!\s*\?)(?! (?:ideation|tendency|tendencies|thoughts? (?:is|are|be|in|after|can|may)|behaviou?rs?|people|persons?|friends?|patients?|clients?|tendencies (?:in|of)|characters?|songs?|lyrics|memes?|jokes?|teens?|teenagers?|kids?|students?|youth|men|man|women|woman|veterans?|thoughts? in|feelings? in|nahi|nahin|nhi|nai|no|not)\b)",
    # Goodbye fragments: "final msg", "tell my kids i love them", "deleted everything. bye".
    r"^\W*(?:this is |here is |here's )?(?:my )?(?:final (?:msg|message|text|post)|last (?:msg|message|text))\W*$",
    r"\b(?:tell (?:my (?:kids|children|son|daughter|boys|girls|babies|little ones|mum|mom|mam|dad|wife|husband|family|parents|sister|brother)|the kids)|please tell (?:them all|everyone)) (?:that )?i (?:love|loved) (?:them|him|her|you|them all)\b"
    r"(?!.*(?:\b(?:when you see|at (?:school|pick ?up|the party|the game)|i'll be home|i will be home|flight|trip|working late|running late|on the phone|at work|hospital visit|see you|tour|deployment|going home|holiday|test|exam|quiz|lol|lmao|haha)\b|😂|🤣))",
    r"\b(?:deleted|wiped|deactivated) (?:everything|all my (?:accounts|socials|photos|pictures|posts|messages)|my (?:accounts|socials))\b.*\b(?:bye|goodbye|farewell)\b(?! for now)(?!.*\b(?:detox|break|for a (?:month|week|while|bit)|instagram|tiktok|facebook|twitter|snapchat)\b)",
    r"\bone less reason (?:not to|to stay|to live|to keep going|to be here)\b(?!\s+\w)",
    r"\b(?:the day|the morning|a day|the night) after i (?:go|am gone|die|do it)\b(?=\s*(?:[.!?,]|$))",
    r"\b(?:someone|somebody|the police|a neighbour|a neighbor|my \w+) (?:else )?(?:finds|find|will find|would find) me (?:and not|first|instead of|before (?:my|the) (?:kids?|son|daughter|children|mum|mom|family|wife|husband))\b",
    # "is the lake trail open after dark? want to walk in and not come back".
    r"\b(?:walk|swim|wade) (?:in|into (?:the|that) \w+)(?: and)? (?:not|never) (?:come|coming) (?:back|out)\b|\b(?:drive|step|go) off (?:the|a) (?:cliff|bridge|edge|pier|ledge)(?: and)? (?:not|never) (?:come|coming) back\b",
    r"^(?!.*\b(?:flights?|coach|ferry|tour|holiday|trip|gorgeous|views?|hotel|hostel|airbnb|fly|flying|moving|new job)\b).*?"
    r"(?:\b(?:one way|no return (?:needed|ticket)|won't need a return|don't need a return)\b.*\b(?:cliffs?|bridge|coast|tracks|viaduct|edge|quarry)\b"
    r"|\b(?:cliffs?|bridge|viaduct|quarry)\b.*\b(?:one way|no return (?:needed|ticket)|won't need a return|don't need a return)\b)",
    # Affairs put in order for soon: "...so nobody has to deal with it next week".
    r"\b(?:cremation|funeral|burial|my will|my affairs|beneficiary)\b.*\bso (?:nobody|no one|no-one) (?:has|have|will have) to (?:deal with|sort|organise|organize|arrange|pay for) (?:it|anything|me)\b"
    r"(?=.*\b(?:next week|this week|tomorrow|tonight|by (?:friday|saturday|sunday|monday|the weekend)|before (?:friday|saturday|sunday|monday|the weekend))\b)"
    r"(?!.*\b(?:solicitor|lawyer|funeral plan|dad|mum|mom|nan|gran|grandad|grandma|grandpa|retire\w*|is [5-9]\d|aged [5-9]\d)\b)",
    # Someone else's goodbye, now: a "final update" and the account gone; the bridge and
    # no answer; possessions given away and an apology; "you deserve better" and the
    # location turned off; "the last time you'll ever hear my voice".
    r"\bfinal update\b.*\b(?:username(?:'s| is)? (?:deleted|gone)|account(?:'s| is)? (?:deleted|gone)(?! private)|deleted (?:his|her|their) account)\b",
    r"^(?!.*\b(?:club|photoshoot|photos?|train|trains|stopped|delayed|signal|no reception|battery|hiking|hike|lol|haha|work|shift|traffic)\b).*?\b(?:bridge|cliff|cliffs|tracks|rooftop|ledge)\b.*\b(?:straight to voicemail|goes to voicemail|not answering|won't answer|isn't answering|not picking up|turned off (?:his|her|their) location)\b"
    r"(?!.*\b(?:lol|haha|signal|no reception|battery|photoshoot|sunset photos|hiking|hike)\b)",
    r"\b(?:he|she|they|mum|mom|dad|my \w+)(?: has| have|'s| is| are)?(?: been)? (?:giving|gave|given) away (?:his|her|their|all (?:his|her|their)) (?:things|stuff|belongings|possessions|jewellery|jewelry|clothes|records|books|guitars?|games|plants|cats?|dogs?)\b"
    r".*\b(?:sorry for (?:everything|being)|apologi[sz]\w* for (?:everything|being)|said goodbye|won't need (?:them|it|anything)|thank(?:ed|ing)? (?:me|us|everyone) for everything)\b(?!.*\b(?:move|moving|bungalow|downsiz\w*|care home|declutter\w*)\b)",
    r"\b(?:you deserve better than me|setting you free)\b.*\bturned off (?:his|her|their) location\b|\bturned off (?:his|her|their) location\b.*\b(?:you deserve better than me|setting you free)\b(?!.*\b(?:lol|haha|surprise|party)\b)",
    r"\blast time (?:you'll|you will) (?:ever )?(?:hear|see) my (?:voice|face)\b|\b(?:saying|said|says|told me|texted|voice ?note|message)\b[^.!?]{0,30}\blast time (?:i'll|i will) ever (?:hear|see) (?:his|her|their) (?:voice|face)\b",
]
_NOT_FOR_TRAVEL = (r"(?![^.!?]*\b(?:for (?:the|my|our|a) (?:trip|holiday|vacation|travels?|flight|cruise)|when i travel|abroad|while i'm away|while i am away|pill organi[sz]er|dosette)\b"
                   r"(?![^.!?]*\b(?:not coming back|won't come back|never coming back|one way)\b))")
RAW[SUBSTANCE_CRISIS] += [
    # Pills put by: "i've been saving up my pills", "...saving them up and don't want the pharmacist asking".
    r"\b(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing|stashed) (?:up )?(?:my |the |all my |all the )?(?:pills|tablets|meds|medication|prescriptions?|painkillers|sleeping pills|antidepressants)\b" + _NOT_FOR_TRAVEL,
    r"\b(?:pharmac\w*|prescriptions?|pills|tablets|meds|chemist)\b.*\b(?<!they are )(?<!they're )(?<!pharmacy is )(?:saving|saved|stockpiling|hoarding|stashing) (?:them|these|those) up\b" + _NOT_FOR_TRAVEL,
]
RAW[SELF_HARM] += [
    # "reopened them": wounds opened again.
    r"\b(?:re-?opened|opened up) (?:my |the |all the |old )?(?:cuts|scars?)\b|^\W*(?:i )?re-?opened (?:them|it) (?:again\W*)?$|^\W*(?:i )?re-?opened them\W*$",
]
RAW[SUBSTANCE_CRISIS] += [
    # "popped the whole pack"; not a pack of gum.
    r"\b(?:popped|took|swallowed|necked|downed|taken) (?:the |a |my |her |his )?(?:whole|entire|full) (?:pack|packet|box|bottle|strip|blister|sheet|tub)\b" + _NOT_A_SNACK + _NOT_AN_OVERDOSE_OF_VITAMINS,
]
RAW[ABUSE_DANGER] += [
    r"(?:^|(?<=[.!?] ))(?:sos|s\.o\.s)\W*(?:$|(?:he|she|they|help me|i can't|i cant|call)\b(?![^.!?]*\b(?:recipe|cake|meme|homework|essay|exam|outfit|dinner|lol)\b))"
    r"|\b(?:call|ring|phone) (?:the )?(?:police|cops|911|999|112|000|an ambulance) for me\b(?![^.!?]*\b(?:if|parcel|delivery|lol|jk|haha)\b)",
    r"\bhow (?:do|can|should|would) i (?:leave|get out|escape|get away)(?: from)?(?: him| her| them| my (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|mum|mom)| the (?:house|relationship))? safely\b(?! (?:a|from|during|the|in|on|at)\b)"
    r"|\bhow to (?:leave|get out|escape|get away)(?: from)?(?: him| her| them)? safely without (?:him|her|them) (?:knowing|noticing|finding out)\b",
    r"\b(?:he|she)(?: is|'s)? in one of (?:his|her) moods\b.*\b(?:hiding|hid|scared|terrified|locked myself|in the bathroom)\b(?!.*\b(?:lol|haha|lmao|switch|xbox|playstation|gaming)\b)",
    # "he threatens me every night"; not threats to leave, sue or tell the boss.
    r"(?#pronoun)\b(?:he|she|they|my (?:\w+ )?(?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mom|stepdad|brother))(?: still)? (?:threatens|keeps threatening|is threatening|has been threatening|have been threatening) (?:me|us|my (?:kids|children|son|daughter|family))\b"
    r"(?! (?:with (?:a |the )?(?:divorce|breakup|break up|leaving him|leaving her|a lawsuit|legal action|court|his lawyer|her lawyer|eviction)|to (?:leave|break up|divorce|quit|move out|report|sue|call (?:my|the) (?:boss|school|landlord)|unfollow|block|dump))(?![^.!?]*\b(?:knife|gun|kill|hurt|hit|bat|weapon|hammer)\b))",
    # "can't see a doctor because they'll ask and then he'll find out".
    r"\b(?:can't|cannot|can not|won't|cant) (?:see|go to|call) (?:a|the|my) (?:doctor|gp|hospital|a&e|er|nurse)\b[^.!?]*\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|ex))(?:'ll| will| would|'d) (?:find out|kill me|be furious|hurt me)\b(?![^.!?]*\b(?:lol|haha|physio|skipped)\b)",
]

RAW[SUICIDE] += [
    # A bare "on the bridge" is a place to check on, not a commute.
    r"^\W*(?:i'm |im |i am )?(?:on|at) the (?:bridge|roof|rooftop|ledge|edge|tracks|cliff|cliffs)(?: now| rn)?\W*$",
    r"\b(?:she|he|they|i|my \w+)(?: has| have|'s|'ve| is| am)? (?:figured|worked|sorted) out (?:how and when|when and how|how (?:she|he|they|i)(?:'d| would| will|'ll) do it)\b(?! (?:to|we|i|you|he|she|they)\b)",
    r"\b(?:will|testament|life insurance|funeral)\b.*\b(?:won't|will not) (?:need|be needing) (?:it|one) for (?:long|much longer)\b",
]
RAW[SUBSTANCE_CRISIS] += [
    r"(?:^|(?<=[.!?] )|\b(?:took|had|did|done|used|smoked|snorted|shot|on) (?:way )?)too much (?:fent|fentanyl|heroin|dope|xanax|xans|ket|ketamine|coke|ghb|molly|mdma|oxy|oxys|benzos?|lean|tramadol)\b(?!\?)",
]
RAW[ABUSE_DANGER] += [
    # Someone else in danger now: "neighbours screaming, sounds real bad".
    r"\b(?:neighbou?rs?|next door|upstairs|downstairs|the flat (?:below|above))\b[^.!?]*\b(?:screaming|yelling for help|crying for help|shouting for help)\b"
    r"(?=[^.!?]*\b(?:bad|help|hitting|thuds?|banging|smashing|police|hurt|scared|again)\b)(?![^.!?]*\b(?:football|match|game|party|music|laughing|kids? playing|karaoke|the telly|tv)\b)",
]

# Patterns are read against text with its accents folded (normalize.fold_accents).
RAW = {category: [fold_accents(p) for p in patterns] for category, patterns in RAW.items()}


def _leading_lookahead_end(pattern: str) -> int:
    """Where a pattern's leading "(?!...)" or "(?=...)" group ends, or 0."""
    if not pattern.startswith(("(?!", "(?=")):
        return 0
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":  # a class may hold parentheses
            i = pattern.index("]", i + 2) + 1
            continue
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return i + 1
        i += 1
    return 0


def _anchored(pattern: str) -> str:
    """A leading exclusion ("(?![^.!?]*\\b(?:holiday|...)\\b)\\bi won't...") is read at every
    position of the text; when what follows it starts at a word boundary, asking for the
    boundary first skips the positions inside words. The matches are the same."""
    end = _leading_lookahead_end(pattern)
    while end and _leading_lookahead_end(pattern[end:]):
        end += _leading_lookahead_end(pattern[end:])
    return "\\b" + pattern if end and pattern.startswith("\\b", end) else pattern


COMPILED: Dict[str, List[Pattern[str]]] = {
    category: [re.compile(_anchored(p)) for p in patterns] for category, patterns in RAW.items()
}

# The patterns that may span sentences (".*"), read once on the whole message.
SPANNING: Dict[str, List[Pattern[str]]] = {
    category: [p for p in patterns if ".*" in p.pattern] for category, patterns in COMPILED.items()
}
# Other languages: read once on the whole message's surface (lemmas are English-only).
OTHER: List[Tuple[str, Pattern[str]]] = [
    (category, re.compile(fold_accents(p))) for category, patterns in OTHER_LANGUAGES.items() for p in patterns
]
OTHER_IDIOM_PATTERNS: List[Pattern[str]] = [re.compile(fold_accents(p)) for p in OTHER_IDIOMS]
OTHER_PAST_RE: Pattern[str] = re.compile(OTHER_PAST)
OTHER_RESOLVED_RE: Pattern[str] = re.compile(OTHER_RESOLVED)
OTHER_FICTION_RE: Pattern[str] = re.compile(OTHER_FICTION)
OTHER_LAUGHTER_RE: Pattern[str] = re.compile(OTHER_LAUGHTER)

# Literal prefilters (see prefilter.py): the literals found once in a message tell which
# patterns could match it, so only those are searched.
INDEX: Dict[str, LiteralIndex] = {category: LiteralIndex(patterns) for category, patterns in COMPILED.items()}
SPANNING_INDEX: Dict[str, LiteralIndex] = {category: LiteralIndex(patterns) for category, patterns in SPANNING.items()}
OTHER_INDEX = LiteralIndex(pattern for _, pattern in OTHER)
ENGLISH_LITERALS = LiteralSet(lit for index in [*INDEX.values(), *SPANNING_INDEX.values()] for lit in index.literals)
