"""Risk phrasings in the other languages people write to us in, or mix into English:
Spanish, French, Portuguese, German, Italian, Dutch, Tagalog/Taglish and Hindi/Urdu in
Latin letters. The reply is in English, with the helplines and findahelpline.com for
every country, so a person writing in their own language is never met with silence.

The patterns read the normalised text: lower case, accents folded ("me corté" -> "me
corte", "schlägt" -> "schlagt"), and English text-speak spelt out, so "ya" reads as
"you" and "n" as "and". They are the commonest first-person forms of each category,
not a translation of the English patterns; the learned layer reads the rest.
"""
from __future__ import annotations

from typing import Dict, List

from bondwise.risk.categories import ABUSE_DANGER, HARM_OTHERS, SELF_HARM, SUBSTANCE_CRISIS, SUICIDE

# A cut while cooking or a haircut is not self-harm ("me corte el pelo", "je me suis
# coupe en cuisinant", "ich hab mich beim kochen geschnitten").
_NOT_HAIR_OR_COOKING = (r"(?! (?:el|la|las|los|o|a|le|les) (?:pelo|cabello|flequillo|fleco|unas|barba|cabelo|franja|"
                        r"cheveux|frange|dedo|doigt)| (?:cocinando|picando|cozinhando|en cuisinant|en epluchant|en me rasant|en rasant|afeitandome|"
                        r"rasurandome|con (?:la|el|il|un|una) (?:carta|papel|foglio|lata)|cucinando|"
                        r"com (?:o|a|uma|um) (?:papel|folha de papel|lata)|fazendo a barba|avec (?:une|la|le|du) (?:feuille|papier|boite)|"
                        r"beim (?:rasieren|kochen)|aan (?:een|het|de) (?:blikje|papier\w*)))")

# What a Portuguese "tomei/bebi/usei muito" may be about without any danger.
_PT_SAFE_OBJECT = (r"(?:(?:um|uma|o|a|de|mais) )?(?:cafe|cafes|energetico|energeticos|agua|sol|cha|chimarrao|susto|banho|refri|"
                   r"coca cola|inalador|bombinha)\b")

OTHER_LANGUAGES: Dict[str, List[str]] = {
    SUICIDE: [
        # Spanish
        r"\b(?:quiero|quisiera|me quiero|voy a|pienso en|pensando en|ganas de|deseos de) (?:morir(?:me)?|matarme|suicidarme|"
        r"quitarme la vida|acabar con (?:todo|mi vida)|desaparecer para siempre|no despertar)\b",
        r"\b(?:ya |you )?no (?:quiero|puedo) (?:vivir|seguir viviendo|seguir (?:asi|aqui)|estar aqui|despertar)\b"
        r"|\bme voy a (?:matar|suicidar|quitar la vida)\b|\bquiero desaparecer\b",
        r"\b(?:estarian|estan|estaria|estarias|seria|serian) mejor sin mi\b|\bnadie me (?:extranaria|va a extranar|echaria de menos)\b"
        r"|\bcarta de despedida\b",
        # French
        r"\b(?:je (?:veux|voudrais|vais)|j'?veux|envie de|pense a|j'pense a) (?:juste |vraiment |seulement )?(?:mourir|en finir|me tuer|me suicider|disparaitre|"
        r"me foutre en l'air|mettre fin a (?:mes jours|ma vie))\b",
        r"\bme foutre en l'air\b|\bme suicider\b|\bj'en peux plus\b.*\b(?:mourir|en finir|disparaitre)\b|\bmettre fin a mes jours\b|\b(?:plus|pas) envie de vivre\b|\bje (?:ne )?veux plus vivre\b"
        r"|\b(?:seraient|serait|seront) mieux sans moi\b|\blettre d'adieu\b|\bjpp de (?:cette|la|ma) vie\b|\ben finir (?:ce soir|aujourd'hui|demain|avec la vie)\b",
        # Portuguese
        r"\b(?:quero|queria|vou|penso em|vontade de) (?:morrer|me matar|sumir|desaparecer|acabar com tudo|me suicidar|"
        r"tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha vida)\b|\bme suicidar\b",
        r"\b(?:nao|n) (?:quero|aguento) mais viver\b|\b(?:sumir|morrer) ninguem (?:vai )?(?:sentir (?:minha )?falta|ligar|notar|perceber)\b"
        r"|\b(?:ficariam|estariam|ficaria|estaria|fica|ficam) melhor sem mim\b|\bcarta de despedida\b",
        # German
        r"\bich (?:will|mochte|mocht|wollte|werde) (?:sterben|nicht mehr leben|mich umbringen|tot sein|nicht mehr aufwachen|"
        r"nicht mehr da sein)\b|\b(?:bring|bringe) mich um\b|\bmich umbringen\b|\bselbstmord\b|\blebensmude\b"
        r"|\b(?:ich|i) (?:will|mochte|mag|mog) (?:nicht mehr|nimmer|nimma) leben\b",
        r"\bschluss\b.*\bmit (?:allem|meinem leben|dem leben)\b(?! (?:stress|arger|drama|scheiss))|\b(?:hab|habe) (?:schon )?(?:fast )?alles verschenkt\b"
        r"|\bbrauch(?:e)? ich (?:eh|sowieso|dann) (?:bald )?nicht mehr\b|\babschiedsbrief\b"
        r"|\b(?:waren|ware|sind) (?:alle )?besser (?:dran )?ohne mich\b",
        # Italian
        r"\b(?:voglio|vorrei|penso di) (?:morire|uccidermi|ammazzarmi|farla finita|sparire per sempre|togliermi la vita)\b"
        r"|\bfarla finita\b|\b(?:spero|vorrei|prego) di non (?:svegliarmi|risvegliarmi)\b|\bmi (?:voglio )?(?:uccidere|ammazzare)\b|\bnon voglio piu vivere\b"
        r"|\b(?:starebbero|stanno|stareste) meglio senza di me\b|\blettera d'addio\b",
        # Dutch
        r"\bik wil (?:dood|niet meer leven|er een eind aan maken|niet meer wakker worden|verdwijnen)\b|\bzelfmoord\b"
        r"|\been eind aan (?:mijn leven|alles) maken\b|\bbeter af zonder mij\b|\bafscheidsbrief\b",
        # Tagalog / Taglish
        r"\b(?:sana )?(?:hindi|di) na (?:ako )?magising\b|\bmagpa(?:pa)?kamatay\b|\bayoko na(?:ng)? mabuhay\b"
        r"|\bgusto ko na(?:ng)? mamatay\b|\b(?:pagod|suko) na (?:ako )?(?:mabuhay|sa buhay)\b|\bmamatay na (?:lang )?ako\b"
        r"|\bpatayin (?:ko )?(?:ang )?sarili ko\b|\b(?:tatapusin|wawakasan) ko na (?:ang )?(?:buhay ko|lahat)\b",
        # Hindi / Urdu in Latin letters
        r"\b(?:marna|mar jana|mar jaana|marjana|khatam hona) (?:chahta|chahti|chahte|chahata|chahati|hai)\b|\bjeena nahi chaht[aie]\b"
        r"|\bkhudkushi\b|\baatmahatya\b|\b(?:khud ko|apne aap ko) (?:maar|khatam kar) (?:dunga|dungi|lunga|lungi|du|doon)\b"
        r"|\bjeene ka (?:mann|man|mn) nahi\b|\bzindagi (?:khatam|khtm) (?:kar|karna|kardu|kar dunga|kar dungi)\b",
        # Spanish, French, Portuguese, German: forms first read in stop 18
        r"\bsi (?:ya )?no (?:despierto|amanezco)(?: manana| mas)?\b.*\b(?:nada|nadie|igual|mejor)\b"
        r"|\b(?:je (?:ne )?veux|j'?veux|jveux|je voudrais) (?:juste |vraiment |seulement )?plus (?:etre la|exister|vivre|me reveiller)\b"
        r"|\band (?:quero|aguento) mais viver\b"
        r"|\b(?:bring|bringe) mich (?:heute|morgen|jetzt|bald|heut|noch|einfach|dann|endlich)(?: \w+)? um\b(?! (?:\d|halb|viertel|punkt|ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|mitternacht))",
        r"\bsuicide (?:karna|karne|kar) (?:chahta|chahti|chahte|wala|wali|lunga|lungi|dunga|dungi)\b",
        # Polish
        r"\bnie chce (?:juz )?(?:zyc|dalej zyc|tu byc|istniec)\b|\b(?:chce|chcialbym|chcialabym|wole) (?:juz )?(?:umrzec|sie zabic|skonczyc ze soba|zniknac na zawsze)\b"
        r"|\b(?:zabije|zabic) sie\b|\bskoncze ze soba\b|\b(?:mysle o|mysli) samobojcz\w*|\bmysle o samobojstwie\b|\bpopelnie samobojstwo\b"
        r"|\blepiej (?:by )?(?:im|wam|wszystkim) (?:bedzie )?beze mnie\b|\blist pozegnalny\b",
        # Turkish
        r"\byasamak istemiyorum\b|\bkendimi (?:oldurmek|oldurmeyi|oldurecegim|oldurcem|asmak|asmayi)\b|\bolmek istiyorum\b"
        r"|\bintihar (?:etmek|edecegim|etmeyi|edicem|ediyorum|etmeyi dusunuyorum)\b|\bbensiz daha iyi\b|\bveda mektub\w*\b",
        # Indonesian / Malay
        r"\b(?:pengen|pingin|ingin|mau|pgn|pen|kepikiran|mikir|rencana) (?:mati|bunuh diri|mengakhiri hidup\w*|ngakhirin hidup)\b"
        r"|\b(?:ga|gak|nggak|tidak|tak|gk) (?:mau|pengen|ingin|sanggup) hidup lagi\b|\bcapek hidup\b|\bmending (?:gue|gw|aku|saya) mati\b"
        r"|\blebih baik tanpa (?:aku|gue|gw|saya)\b|\bakhiri hidup(?:ku)?\b",
    ],
    SELF_HARM: [
        r"\bme (?:corte|corto|cortaba|cortando|lastime|lastimo|queme|quemo|cortei|machuquei|machuco|queimei|queimo)\b"
        + _NOT_HAIR_OR_COOKING + r"|\b(?:cortarme|hacerme dano|lastimarme|me cortar|me machucar|me ferir)\b|\bautolesi\w*\b",
        r"\bje me (?:coupe|scarifie|brule|fais du mal|suis (?:encore |re)?(?:coupee?|scarifiee?|brulee?|fait du mal))\b"
        + _NOT_HAIR_OR_COOKING + r"|\bme (?:scarifier|faire du mal|couper les (?:bras|veines|poignets))\b|\bscarifi\w*\b|\bautomutil\w*\b",
        r"\b(?:hab|habe) mich (?:(?:wieder|schon|heute|gestern|nochmal|grad|gerade) )*(?:geritzt|verletzt|verbrannt)\b|\britze mich\b"
        r"|\bmich (?:selbst )?(?:ritzen|verletzen|verbrennen)\b|\bselbstverletz\w*\b|\b(?:will|mochte|muss|werde) mich (?:\w+ ){0,4}?(?:ritzen|verletzen|verbrennen|schneiden)\b|\bverletze mich(?: selbst)?\b",
        r"\bmi (?:sono )?(?:tagliat[oa]|taglio|brucio|faccio del male|sono fatt[oa] del male)\b" + _NOT_HAIR_OR_COOKING
        + r"|\b(?:tagliarmi|farmi del male)\b|\bautolesion\w*\b",
        r"\b(?:(?:ik )?(?:snij|kras|brand) (?:ik )?mezelf|mezelf (?:snijden|krassen|pijn doen|verwonden|branden)|zelfbeschadig\w*)\b"
        r"|\b(?:heb|had) mezelf (?:weer )?(?:gesneden|gekrast|pijn gedaan)\b",
        r"\b(?:sinugatan|sinasaktan|sinaktan|hiniwa|sinugat|saktan|sugatan|hiwain) (?:ko )?(?:na naman |ulit |uli )?(?:ang )?sarili ko\b"
        r"|\b(?:nag ?laslas|maglaslas|naglalaslas)\b"
        # "mababaw lang yung sugat... ginagawa ko lang pag sobrang sakit na": a wound the
        # writer keeps making ("i only do it when it hurts too much").
        r"|\b(?:sugat|hiwa|peklat)\b.*\b(?:ginagawa ko|ginawa ko (?:ulit|uli|na naman)|gagawin ko ulit)\b"
        r"|\b(?:ginagawa ko|ginawa ko (?:ulit|uli|na naman))\b.*\b(?:sugat|hiwa|dugo)\b",
        r"\b(?:khud ko|apne aap ko) (?:kaat|kat|hurt|chot|jala) (?:raha|rahi|diya|liya|dunga|dungi|leti|leta|li)\b"
        r"|\b(?:haath|hath|kalai) (?:kaat|kat) (?:liya|li|diya|rahi|raha)\b",
        r"\bme estoy (?:cortando|lastimando|haciendo dano|quemando)\b" + _NOT_HAIR_OR_COOKING
        + r"|\bcortes en (?:el|los|mi|mis|la|las) (?:brazos?|munecas?|piernas?|muslos?|panza)\b"
        r"|\bmi prendo a (?:pugni|schiaffi|testate)\b|\bmi (?:picchio|graffio) da sol[oa]\b",
        # Back to it, on the arms: "voltei ao que fazia aos 15 anos, nos bracos".
        r"\b(?:voltei ao que fazia|voltei a fazer|volvi a hacerlo|volvi a lo de antes|j'ai recommence|ho ricominciato|wieder angefangen)\b[^.!?]{0,60}"
        r"\b(?:nos bracos|no braco|nas pernas|en los brazos|en el brazo|en las piernas|sur mes bras|sur les bras|sulle braccia|"
        r"an den armen|am arm|an meinen armen|op mijn armen)\b",
        # Polish, Turkish, Indonesian / Malay
        r"\bsie (?:pocielam|pocialem|pocielem|tne|cielam|okaleczam|okaleczylam|okaleczylem)\b|\b(?:tne|cielam) sie\b|\bsamookalecz\w*\b"
        r"|\b(?:robie|zrobilam|zrobilem) sobie krzywde\b",
        r"\bkendimi (?:kestim|kesiyorum|kesmek|kesmeyi|yaktim|yakiyorum|yaraliyorum|yaraladim)\b(?! (?:yemek|tras|mutfakta|kagitla))|\bkendime zarar (?:veriyorum|verdim|vermek|vermeyi)\b",
        r"\b(?:nyakitin|menyakiti|melukai|nyilet|nyayat|menyayat) (?:diri|tangan|lengan)(?: sendiri| gue| aku)?\b|\bself harm lagi\b",
    ],
    HARM_OTHERS: [
        r"\b(?:voy a|quiero|tengo ganas de|me dan ganas de) (?:matarlo|matarla|matarlos|lastimarlo|lastimarla|golpearlo|"
        r"golpearla|hacerle dano)\b|\b(?:lo|la|los) voy a matar\b|\bmiedo de (?:lastimar|hacerle dano|pegarle|golpear|sacudir|matar) "
        r"(?:a )?(?:mi |mis )?(?:hijo|hija|bebe|nino|nina|hijos|esposa|esposo|pareja)\b",
        r"\bje vais (?:le|la|les) (?:tuer|frapper|buter|massacrer)\b|\benvie de (?:le|la|les) (?:tuer|buter)\b"
        r"|\bpeur de (?:frapper|blesser|faire du mal a|secouer|tuer) (?:mon|ma|mes|le|la) (?:fils|fille|bebe|enfant|enfants|femme|mari)\b",
        r"\bvou (?:matar|mata-lo|mata-la|machucar) (?:ele|ela)?\b|\bmedo de (?:machucar|bater n[oa]|matar|sacudir|fazer mal (?:a|ao|para)) "
        r"(?:o |a |meu |minha )?(?:bebe|filho|filha|crianca|esposa|marido)\b",
        r"\b(?:ich (?:bring|bringe|werd|werde)) (?:ihn|sie) (?:um|umbringen|toten)\b|\bich tote (?:ihn|sie)\b"
        r"|\bangst,? (?:dass )?ich (?:meinem|meiner|dem|der) (?:kind|baby|sohn|tochter|frau|mann) (?:was|etwas) (?:antue|antun|tue)\b",
        r"\b(?:lo|la) (?:ammazzo|uccido)\b|\b(?:voglio|vado ad?) (?:ammazzarlo|ammazzarla|ucciderlo|ucciderla)\b"
        r"|\bpaura di (?:fare del male|picchiare|far male) (?:a |al |alla )?(?:mio |mia )?(?:figlio|figlia|bambino|bambina)\b"
        r"|\b(?:potrei|voglio|vado a|sto per) (?:massacrare|ammazzare|uccidere|pestare|accoltellare) (?:qualcuno|lo|la|quel\w*|di botte)\b"
        r"|\b(?:massacrarlo|massacrarla|pestarlo|accoltellarlo)\b|\bsto uscendo a cercarl[oa]\b",
        r"\b(?:ga|gaan) (?:hem|haar|ze) (?:vermoorden|doden|afmaken)\b|\bik (?:vermoord|dood) (?:hem|haar)\b"
        r"|\bbang (?:dat|om) ik (?:mijn|m'n|de) (?:kind|baby|zoon|dochter) (?:iets aan ?doe|pijn doe|sla)\b",
        r"\bpapatayin ko (?:siya|sya|sila|yung|ang)\b|\b(?:natatakot|takot) (?:akong|ako na) (?:masaktan|saktan|mapatay) (?:ko )?"
        r"(?:ang |yung )?(?:anak|baby|asawa)\b|\bsasaktan ko (?:siya|sya|ang anak ko)\b",
        r"\b(?:usko|use|usse|unko) (?:maar|mar) (?:dunga|dungi|daalunga|daalungi|dalunga|dalungi)\b|\bjaan se maar (?:dunga|dungi|dalunga|daalunga)\b",
        # Polish, Turkish, Indonesian / Malay
        r"\bzabije (?:go|ja|ich)\b|\b(?:to )?mu (?:cos|because) zrobie\b(?! na (?:obiad|kolacje|sniadanie|urodziny|prezent))|\b(?:zrobie|zrobi) (?:mu|jej) krzywde\b"
        r"|\bboje sie,? ze (?:zrobie|skrzywdze|uderze) (?:moje|mojemu|swoje|swojemu) (?:dziecko|dziecku|synowi|corce|syna|corke)\b",
        r"\b(?:onu|onlari) (?:oldurecegim|olduricem|oldurmek istiyorum|gebertecegim)\b|\bcanini yakmak istiyorum\b"
        r"|\b(?:cocuguma|bebegime|esime|kocama) zarar vermekten korkuyorum\b",
        r"\b(?:pengen|pingin|mau|ingin|bakal) (?:bunuh|nyakitin|menyakiti|hajar|matiin|bacok|nusuk) (?:dia|dy|mereka|suami|istri|pacar)\b"
        r"|\b(?:gue|gw|aku|saya) (?:bunuh|bacok) (?:dia|dy)\b|\btakut (?:nyakitin|menyakiti|mukul) (?:anak|bayi)\b",
    ],
    ABUSE_DANGER: [
        r"\bme (?:golpea|golpeo|maltrata|viola|violo|amenaza|amenazo|ahorca|ahorco|estrangula|estrangulo|encierra|encerro|persigue)\b"
        r"|\b(?:el|mi (?:esposo|marido|novio|pareja|papa|padre|ex|padrastro)) (?:\w+ )?me (?:pega|pego)\b|\bme (?:va|quiere) a? ?matar\b"
        r"|\bno me deja salir\b"
        r"|\bme (?:pega|pego)\b(?= (?:cuando|si|otra vez|de nuevo|ayer|anoche|todos los dias|siempre|mucho|muy fuerte|con|delante))",
        r"\bil me traque\b|\b(?:il|elle) sait toujours ou je suis\b|\b(?:a|il a) mis un (?:truc|traceur|mouchard|gps) sur (?:mon|ma)\b"
        r"|\bil (?:m'a|me) (?:frappee?|battue?|bat|menacee?|menace|violee?|etranglee?|etrangle|enfermee?|enferme|poussee?|giflee?|tabassee?|"
        r"suit|surveille|frappe)\b|\b(?:il|elle) va me tuer\b|\bm'enferme\b",
        r"\b(?:ele|ela|meu (?:marido|namorado|pai|ex|padrasto)|minha (?:esposa|namorada|mae)) (?:\w+ )?me (?:bate|bateu|agride|agrediu|"
        r"espanca|espancou|ameaca|ameacou|estrangul\w+|enforc\w+|tranca|trancou|prende|prendeu|segue|persegue|empurrou|estuprou|violentou)\b"
        r"|\bme (?:agride|agrediu|espanca|espancou|ameaca|ameacou|estupra|estuprou)\b|\bvai me matar\b|\b(?:ameacou|ameaca) me matar\b|\bme segue em todo lugar\b",
        r"\b(?:er|sie|mein (?:mann|freund|vater|ex|stiefvater)|meine (?:frau|freundin|mutter)) (?:\w+ )?(?:schlagt|schlug|wurgt|wurgte|"
        r"bedroht|bedrohte|vergewaltigt|vergewaltigte|verfolgt|verfolgte|tritt|trat) mich\b|\bsperrt mich ein\b|\b(?:schlagt|schlug|prugelt|verprugelt) (?:meine|meinen|mein) (?:kleine |kleinen |kleines )?(?:schwester|bruder|kind|kinder|sohn|tochter|mutter|mama)\b|\bbringt mich um\b"
        r"|\b(?:hat|hatte) (?:mir )?gedroht,? mich umzubringen\b|\b(?:hat|hatte) mich (?:geschlagen|gewurgt|eingesperrt|vergewaltigt|bedroht)\b",
        r"\bmi (?:picchia|ha picchiat[oa]|minaccia|ha minacciat[oa]|strangola|ha strangolat[oa]|chiude in casa|ha chius[oa]|violenta|"
        r"ha violentat[oa])\b|\bmi (?:vuole|vuol) (?:ammazzare|uccidere)\b"
        r"|\b(?:mi aspetta|l'ho trovato|era|si presenta|si e presentato) sotto (?:casa|l'ufficio|il lavoro|il portone)\b|\bho paura (?:a|di) uscire\b",
        r"\bhij (?:slaat|schopt|wurgt|bedreigt) (?:me|mij)\b|\b(?:hij|zij|mijn (?:man|vriend|vader|ex)) (?:\w+ )?(?:sloeg|schopte|wurgde|"
        r"bedreigde|verkrachtte) (?:me|mij)\b|\b(?:heeft|had) me (?:geslagen|gewurgd|bedreigd|opgesloten|verkracht)\b|\bgaat me vermoorden\b"
        r"|\b(?:slaat|sloeg|schopt) (?:mijn|mn|m'n) (?:kleine )?(?:zusje|broertje|zus|broer|kind|zoon|dochter|moeder)\b",
        r"\b(?:sinasaktan|sinaktan|binubugbog|binugbog|sinampal|sinasakal|sinakal|kinulong|kinukulong|tinatakot|pinagbantaan) "
        r"(?:ako|niya ako|nya ako)\b|\bpapatayin (?:daw )?(?:niya|nya) ako\b",
        r"\b(?:mujhe|muje) (?:maarta|marta|marti|maarti|peetta|dhamki deta|dhamkata|dhamkati) (?:hai|h|he)\b"
        r"|\b(?:mujhe|muje) (?:jaan se )?maar (?:dega|degi|daalega|dalega)\b|\b(?:band|bandh) kar (?:diya|deta|ke rakha) (?:hai )?(?:mujhe|muje)\b",
        r"\b(?:mon (?:mari|copain|mec|ex|pere|beau-pere|beau pere|compagnon|conjoint)|ma (?:femme|copine|mere|meuf)) (?:\w+ )?"
        r"(?:me|m') ?(?:frappe|bat|a battue?|a frappee?|menace|etrangle|viole|enferme|tape|cogne)\b(?! sur les nerfs)"
        r"|\b(?:mijn (?:man|vriend|vader|ex|partner|stiefvader|vriendin|moeder)) (?:\w+ )?(?:slaat|schopt|wurgt|bedreigt) (?:me|mij)\b"
        r"|\bme (?:iba|ibas) a matar\b|\bpicchia (?:mio|mia|i miei|le mie|il mio|la mia) \w+\b"
        r"|\b(?:pinapalo|pinalo|pinaghahampas|hinahampas|binubugbog|binugbog|sinasaktan|sinaktan|sinusuntok|sinuntok|sinasampal|sinampal|sinasakal) "
        r"(?:siya|sya|ako|kami|ang anak|yung anak|ng (?:asawa|tatay|stepdad|boyfriend|bf|partner|live ?in))\b",
        # Polish, Turkish, Indonesian / Malay
        r"\b(?:bije|bil|uderzyl|dusil|kopie|kopal|zamyka|zamknal|gwalci|zgwalcil) mnie\b|\bsledzi mnie\b(?! na )|\bgrozi mi\b|\bzabije mnie\b(?! (?:jak|jesli|gdy))"
        r"|\bboje sie wrocic do domu\b",
        r"\bbeni (?:dovuyor|dovdu|tehdit ediyor|tehdit etti|bogmaya calisti|eve kilitledi|kilitliyor|takip ediyor|oldurecek)\b"
        r"|\bbeni oldurmekle tehdit\w*\b|\b(?:dovuyor|dovdu) beni\b",
        r"\b(?:mukulin|mukul|memukul|nampar|menampar|nyekik|mencekik|ngancem|mengancam|ngurung|mengurung|nendang|menendang) (?:aku|gue|gw|saya)\b"
        r"|\b(?:aku|gue|gw|saya) (?:dipukul|dipukulin|ditampar|dicekik|diancam|dikurung|ditendang)\b|\bmau bunuh (?:aku|gue|gw|saya)\b"
        r"|\b(?:ngancem|ancam|mengancam|diancam)\w*\b.*\b(?:nyebarin|menyebarkan|sebar) (?:foto|video)\b",
    ],
    SUBSTANCE_CRISIS: [
        r"\bsobredosis\b|\b(?:me tome|tome|me trague|se tomo|tomo) (?:todas las|muchas|un monton de|toda la caja de|demasiadas|\d+) "
        r"(?:pastillas|pildoras|tabletas|medicinas)\b|\bpastillas\b.*\b(?:vino|alcohol|cerveza|tequila|ron|vodka)\b"
        r"|\bno (?:despierta|respira|reacciona)\b.*\b(?:tomo|se metio|droga|drogas|pastillas|consumio|alcohol)\b"
        r"|\b(?:tomo|se metio|consumio) (?:algo|droga|drogas|pastillas)\b.*\bno (?:despierta|respira|reacciona)\b"
        r"|\bno puedo (?:parar|dejar) de (?:consumir|drogarme|meterme)\b|\b(?:un monton de|muchas|demasiadas|todas las) pastillas\b"
        # Pills with drink, either order: "bebi demasiado y tome unas pastillas".
        # Not pills for a hangover or the blood pressure, nor "no he bebido".
        r"|\b(?![^.!?]*\b(?:para la resaca|para el dolor|para la cabeza|de la tension|agua|no he bebido|no puedo beber|no bebo)\b)"
        r"(?:bebi|he bebido|estoy bebiendo|borracha|borracho|tomando alcohol)\b[^.!?]*\b(?:pastillas|pildoras|tabletas|calmantes)\b"
        r"|\b(?![^.!?]*\b(?:para la resaca|para el dolor|para la cabeza|de la tension|agua|no he bebido|no puedo beber|no bebo)\b)"
        r"(?:pastillas|pildoras|tabletas|calmantes)\b[^.!?]*\b(?:bebi|he bebido|bebiendo|borracha|borracho)\b",
        r"\b(?:j'ai|jai) pris (?:toute la boite|tous mes|tous les|une boite|plein de|trop de|\d+) (?:de |d')?(?:cachets|medicaments|"
        r"comprimes|pilules|somniferes|doliprane|xanax|lexomil)\b|\bcachets\b.*\b(?:vin|alcool|biere|vodka|whisky)\b|\bsurdose\b|\btrop de (?:cachets|medicaments|comprimes|pilules)\b"
        r"|\b(?:ne |n')?respire (?:presque |quasi |plus |pas )+\b.*\b(?:pris|drogue|cachets|alcool|truc)\b"
        r"|\b(?:pris|drogue) (?:un truc|quelque chose|des cachets)\b.*\b(?:respire|reveille|reagit) (?:presque )?(?:plus|pas)\b",
        r"\b(?:tomei|tomou|engoli) (?:um monte de|muitos|muitas|todos os|todas as|uma cartela|a cartela|\d+) (?:de )?(?:remedios?|comprimidos|"
        r"pilulas|calmantes|rivotril)\b|\b(?:remedio|remedios|comprimidos|pilulas)\b.*\b(?:cachaca|alcool|vinho|cerveja|vodka|bebida)\b"
        r"|\b(?:nao|n) (?:consigo|to conseguindo) parar de (?:usar|cheirar|me drogar)\b|\b(?:muitos|todos os) comprimidos\b|\btomei (?:muitos|varios|todos)\b"
        # "usei demais hoje e meu coracao ta disparado": too much, and the body says so.
        # Not coffee, an energy drink, water, the sun, a fright or an inhaler: the thing taken
        # is read where it stands, after the verb, not anywhere in the sentence.
        r"|\b(?:usei|cheirei|bebi|tomei|fumei) (?!" + _PT_SAFE_OBJECT + r")(?:(?:po|cocaina|coca|droga|drogas|bala|md|lsd|pino|cristal|crack|remedio|remedios) )?"
        r"(?:demais|muito|muita|de mais|pra caramba)\b(?! " + _PT_SAFE_OBJECT + r")[^.!?]*"
        r"\b(?:(?:coracao|peito) (?:ta |esta )?(?:disparado|acelerado|a mil|doendo|apertado)|nao consigo respirar|mal consigo respirar|tremendo|desmaiar|passando mal|vomitando)\b"
        r"|(?![^.!?]*\b(?:tomei|levei) (?:um )?susto\b)\b(?:coracao|peito)\b[^.!?]*\b(?:disparado|acelerado|doendo)\b[^.!?]*\b(?:usei|cheirei|tomei|bebi)\b(?! " + _PT_SAFE_OBJECT + r")",
        r"\b(?:zu viele?|alle|eine packung|die ganze packung) (?:tabletten|pillen|schlaftabletten)\b|\b(?:tabletten|pillen)\b.*\b(?:alkohol|wein|bier|vodka|schnaps)\b"
        r"|\buberdos\w*\b|\b(?:reagiert|atmet) (?:nicht|kaum) (?:mehr)?\b.*\b(?:drucken|genommen|drogen|gespritzt|tabletten)\b"
        r"|\b(?:drucken|genommen|drogen|gespritzt|tabletten)\b.*\b(?:umgekippt|reagiert nicht|atmet nicht|atmet kaum)\b",
        r"\b(?:ho preso|ha preso) (?:tutte le|troppe|un sacco di|la scatola di|\d+) (?:pillole|pastiglie|compresse|medicine|gocce)\b"
        r"|\b(?:pillole|pastiglie|compresse)\b.*\b(?:alcol|vino|birra|vodka)\b",
        r"\b(?:te veel|alle|een hele strip|een doos) (?:pillen|tabletten|medicijnen|slaappillen)\b|\b(?:pillen|tabletten)\b.*\b(?:met|en) (?:alcohol|wijn|bier|drank)\b"
        r"|\boverdosis\b",
        r"\b(?:uminom|ininom|lumunok) (?:ako |niya |siya )?(?:ng )?(?:maraming|lahat ng|isang banig ng|\d+) (?:na )?(?:gamot|tableta|pills)\b"
        r"|\bgamot\b.*\balak\b|\b(?:hindi|di) (?:ko )?mapigilan (?:ang )?(?:gumamit|mag ?shabu|mag ?drugs)\b",
        r"\bbehosh\b.*\b(?:le liya|liya|pi li|nasha|drugs|goli|goliyan|daaru)\b|\b(?:le liya|nasha|drugs|goliyan)\b.*\bbehosh\b"
        r"|\b(?:saari|bahut saari|puri|poori) (?:goliyan|goliya|golia|tablets|dawai|dawaiyan) (?:kha|le|kha li|le li|khali|leli)\b",
        # Polish, Turkish, Indonesian / Malay
        r"\b(?:wzielam|wzialem|lyknelam|lyknalem|polknelam|polknalem) (?:cale |wszystkie |duzo |za duzo |\d\d+ )(?:opakowanie |tabletek|tabletki|leki|lekow|pigulek|tabsow)\b"
        r"|\b(?:tabletki|tabletek|leki|lekow)\b.*\b(?:alkohol\w*|wodk\w*|piw\w*|winem|wino)\b|\bprzedawkowal\w*\b",
        r"\b(?:cok fazla|butun|tum) (?:hap|ilac)\w*\b|\bhap\w* (?:aldim|ictim)\b.*\b(?:alkol|raki|bira|sarap|votka)\w*\b|\basiri doz\b",
        r"\b(?:minum|nelen|nelan|menelan) (?:banyak|semua|sebungkus|satu strip|\d\d+) (?:obat|pil|butir)\b"
        r"|\b(?:obat|pil)\b.*\b(?:alkohol|miras|vodka|ciu|tuak)\b",
    ],
}

# Figures of speech, stripped before the patterns read the text: "me muero de risa",
# "mi jefe me va a matar si llego tarde", "die hitze bringt mich um", "namatay yung phone ko".
OTHER_IDIOMS: List[str] = [
    r"\bme (?:muero|mori|moria|muriendo) de (?:risa|hambre|sueno|calor|frio|ganas|verguenza|aburrimiento|amor)\b",
    r"\b(?:me mata|me esta matando|me matan) (?:este|el|la|esta|los|las) (?:calor|frio|trafico|trabajo|examenes?|tarea|dolor de \w+)\b",
    r"\bme mate (?:estudiando|trabajando|entrenando|en el gym)\b|\bmatar el tiempo\b|\bmataria por (?:un|una|unos)\b",
    r"\b(?:mi|la|el|tu) (?:jefe|jefa|mama|madre|papa|padre|profe|profesora?|hermana|hermano|novia|abuela) (?:me va a matar|me mata) (?:si|cuando|porque)\b",
    r"\bje (?:tuerais|tuerai|buterais) pour (?:un|une|des)\b|\bmort(?:e)? de rire\b|\bmdr\b|\bptdr\b|\btuer le temps\b"
    r"|\b(?:ca|cela|ce taf|ce boulot|cette chaleur|la chaleur) me tue\b|\bmourir de (?:rire|faim|chaud|honte|ennui|froid)\b"
    r"|\bma (?:mere|mère|meuf|copine|prof|patronne) va me tuer (?:si|quand)\b|\bmon (?:patron|chef|pere|prof) va me tuer (?:si|quand)\b",
    r"\b(?:de )?morr(?:er|endo|i) de (?:rir|fome|calor|vergonha|saudade|sono|frio|tedio)\b|\bmatar (?:o tempo|a saudade|aula)\b"
    r"|\bme mata de rir\b|\b(?:minha mae|meu chefe|minha chefe|meu pai) (?:vai me matar|me mata) (?:se|quando)\b",
    r"\b(?:die hitze|die arbeit|der stress|das wetter|mein chef|meine chefin|meine mutter|meine mama|mein vater|mein papa|der job|die schule|mathe)"
    r" bringt mich (?:noch )?um\b|\bich sterbe vor (?:hunger|lachen|langeweile|hitze|durst)\b|\bzeit totschlagen\b|\btodmude\b",
    r"\b(?:sto |questo |il |lo )?(?:caldo|freddo|lavoro|traffico|capo|studio) mi (?:uccide|ammazza|sta uccidendo)\b"
    r"|\b(?:morire|morto|morta|muoio) (?:dal|dalle|di|da) (?:ridere|risate|fame|caldo|sonno|noia|freddo)\b|\bammazzare il tempo\b"
    r"|\b(?:mia madre|il mio capo|mio padre) mi (?:ammazza|uccide) se\b",
    r"\bdoodop\b|\bdood (?:van|aan) de (?:honger|dorst|verveling|slaap)\b|\bga (?:ik )?dood van het lachen\b|\bik lach me dood\b",
    r"\bnamatay (?:yung|ang|na) (?:phone|cellphone|cp|battery|wifi|laptop)\b|\bpatay na patay (?:ako )?sa\b|\bnamatay (?:ako )?sa (?:tawa|kakatawa|hiya)\b",
    r"\bmar jawan\b|\bhas(?:s)?i se mar\b|\bmar gay[ai] (?:hasi|hassi|hans) (?:se|ke)\b",
    # An overdose of something sweet: "sobredosis de chocolate", "overdose de crepes".
    r"\b(?:sobredosis|overdose|surdose|overdosis|uberdosis) (?:de|of|d'|van|di|an|aan) (?:chocolate|chocolat|schokolade|cioccolato|chocola|"
    r"azucar|sucre|acucar|zucker|zucchero|suiker|dulces|bonbons|doces|brigadeiros?|sussigkeiten|dolci|snoep|crepes|galletas|biscuits|"
    r"pizza|tarta|gateaux?|bolo|kuchen|torta|taart|turron|mithai|netflix|series|anime|kdrama|k-drama|memes|tiktok|cafe|kaffee|caffe|koffie|"
    r"trabajo|travail|trabalho|arbeit|lavoro|werk|amor|love)\b",
    r"\bumieram (?:ze smiechu|z nudow|z glodu|z zimna)\b|\b(?:mama|mam|matka|tata|ojciec|szef|szefowa) mnie zabije (?:jak|jesli|gdy)\b",
    r"\b(?:utanctan|gulmekten|sicaktan|acliktan|uykusuzluktan|sikintidan) (?:olmek istiyorum|oldum|oluyorum|olucem|olecegim)\b"
    r"|\b(?:annem|babam|patronum) (?:beni )?(?:oldurur|oldurecek) (?:eger|yoksa)?\b",
    r"\b(?:hp|batre|baterai|batrai|listrik|laptop|lampu|motor|mobil|wifi|sinyal|charger|tanaman)\b(?: \w+){0,2} (?:mau|udah|hampir) mati\b",
    r"\b(?:mati|pengen mati) (?:ketawa|gaya|kebosanan|kelaparan|kepanasan|penasaran)\b|\bmalu (?:banget )?(?:pengen|mau) mati\b"
    r"|\b(?:nyokap|mama|ibu|bokap|bos) (?:gue|gw|aku|saya) bisa bunuh (?:gue|gw|aku|saya)\b",
]
# A past that is over, said in the message's own language: a past marker and a
# statement of being well or safe now ("antes me cortaba... ya llevo 6 anos sin hacerlo").
OTHER_PAST = (
    r"\b(?:antes|hace (?:\d+|unos|muchos|varios) anos|de (?:nina|nino|chica|joven|pequena|pequeno)|en la prepa|en la secundaria|"
    r"il y a \d+ ans|avant|quand j'etais (?:ado|petite?|jeune)|a l'epoque|ha (?:uns|muitos|\d+) anos|quando eu era|antigamente|"
    r"fruher|damals|vor (?:\d+|vielen|ein paar) jahren|jahre her|als kind|da (?:ragazzina|ragazzino|bambina|bambino|piccola|piccolo)|"
    r"anni fa|una volta|vroeger|jaren geleden|al jaren|toen ik|dati|noon|nung (?:high school|bata|college)|ilang taon|"
    r"pehle|bachpan me|saal pehle|used to|years ago|me cortaba|me frappait|me batia|sloeg me vroeger|a \d+ ans|quand j'avais \d+ ans|"
    r"a los \d+(?: anos)?|con \d+ anos|cuando tenia \d+|aos \d+ anos|quando tinha \d+|mit \d+ jahren|als ich \d+ war|a \d+ anni|"
    r"quando avevo \d+|toen ik \d+ was|op mijn \d+\w*)\b"
)
OTHER_RESOLVED = (
    r"\b(?:estoy bien|ya estoy bien|llevo \d+ (?:anos|meses)|ya lo supere|estoy a salvo|je suis en securite|ca va (?:beaucoup )?mieux|"
    r"je vais bien|to segura|estou segura|estou bem|ja superei|mir geht'?s gut|mir gehts gut|bin glucklich|bin in sicherheit|"
    r"mache ich nicht mehr|tue ich nicht mehr|sto bene|sono al sicuro|ho superato|ik ben veilig|het gaat goed|voorbij|safe na ako|okay na ako|ok na ako|"
    r"matagal na yun|(?:na )?akong (?:okay|ok|maayos)|maayos na ako|sab theek hai|ab (?:\d+|teen|do) saal se nahi|ab theek hu|im safe now|i'm safe|sin hacerlo|nicht mehr gemacht|"
    r"seit \d+ jahren nicht|non piu|c'est derriere moi|ya no lo hago|ja nao faco|"
    r"non lo faccio piu|doe ik niet meer)\b"
)
OTHER_FICTION = (
    r"\b(?:novela|pelicula|serie|libro|cancion|episodio|capitulo|roman|film|serie|livro|novela|filme|buch|roman|folge|"
    r"romanzo|puntata|aflevering|boek|teleserye|kdrama|k-drama|anime|manga)\b"
)
# Laughter in these languages after an idiom: "jajaja", "kkkk", "mdr", "hahaha".
OTHER_LAUGHTER = r"\b(?:ja(?:ja)+|je(?:je)+|k{3,}|rs(?:rs)+|mdr|ptdr|xd|lol|haha\w*|hehe\w*|wkwk\w*)\b"
