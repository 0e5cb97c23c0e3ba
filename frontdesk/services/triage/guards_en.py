"""English guards for the crisis flag: idioms that only sound alarming, negated crisis."""

# Same conventions as flags_en. Both lists are masked before the crisis rules run.

from __future__ import annotations

from .flags_en import KIN

# Only sound alarming. Masked before the crisis rules run (the rest of the message is
# still read), so "this traffic is killing me, I want to die" is still a crisis.
IDIOMS = [
    r"(?:is|are|was|were|s|been|keeps|keep) killing me",
    r"(?:this|that|it|work|school|traffic|my job|this job|this week|the (?:traffic|commute|"
    r"heat|cold|wait|line|drive|weather|bus|train|subway|parking|noise|suspense|paperwork|"
    r"homework|exams|finals|stairs|hike|workout)) (?:is |will |would )?(?:going to )?"
    r"(?:kill|be the death of) me",
    r"dying (?:to|for)(?! (?:die|end)\b)",
    r"(?:die|died|dying|dead) (?:of |from )?(?:laughing|laughter|embarrassment|boredom|"
    r"curiosity|cuteness|the heat|heat|hunger|thirst)",
    r"dying in (?:this|the) (?:traffic|heat|line|waiting room|cold)",
    r"(?:phone|battery|cell|car|car battery|laptop|computer|wifi|internet|charger|tablet|"
    r"ipad|headphones|plant|plants)s? (?:is |was |just |has |have )?(?:dead|died|dying|"
    r"about to die|going to die)",
    r"(?:be )?the death of (?:me|us)", r"scared to death(?= lol| of (?:spiders|heights|needles|"
    r"flying|the dentist|dentists|clowns|snakes))",
    r"(?:going to|will|would) kill me if i (?:am late|am not|forget|miss|do not|lose|break|"
    r"spend|get)",
    r"dead (?:phone|battery|tired|serious|last|end|on my feet|set on|stopped|stop|still|"
    r"quiet|slow|asleep|center)",
    r"kill for", r"kill(?:ing|ed)? (?:time|it|two birds)", r"to die for(?! real\b)",
    r"through the roof", r"(?:bridge|cross) that bridge", r"learning the ropes|know the ropes",
    r"(?:bored|worried|sick and tired) to death", r"drop dead", r"over my dead body",
    r"(?:i am )?(?:so )?(?:dead|dying) lol", r"lol (?:i am )?dead",
    r"shoot (?:me|you|us) (?:a|an) (?:text|message|email|call|line|note)",
    r"(?:jump|jumped|jumping) the gun", r"(?:glue|nail|staple|water|nerf|squirt|heat|spray|"
    r"massage|paint|temperature|top) guns?", r"stick(?:ing)? to (?:my|your|our) guns",
    r"son of a gun", r"smoking gun", r"guns blazing",
    r"overdos\w* on (?:coffee|caffeine|sugar|candy|chocolate|netflix|tv|pizza|cookies)",
    r"(?:hurt|injured|pulled|strained|twisted|tweaked) (?:myself|my self) (?:at|playing|"
    r"lifting|skiing|running|working out|falling|hiking|exercising|cooking|in a fall|on the "
    r"ice|snowboarding)",
    r"in danger of (?:being late|missing|running late|failing|losing)",
    r"cut(?:ting)? (?:back|down|out|it close|corners|the session|class|carbs|sugar|ties|"
    r"my hair|costs)",
    r"end (?:it|things) at \d+",
    r"what is (?:even )?the point of (?:the|this|that|these|those|a|an|your|filling|"
    r"signing|paying|sending)",
    r"killer (?:headache|workout|deal|view|migraine)",
    r"feel(?:s|ing)? like (?:i am )?(?:going to die|having a heart attack)",
    r"feel(?:s|ing)? like i am dying",
    r"(?:on|show\w* (?:me|you|him|her|them)) the ropes|jump(?:ing)? rope",
    r"(?:sorry|overslept|alarm)(?: \w+){0,5} (?:did not|do not) wake up",
    r"did not wake up (?:on time|in time|early|until|till|at|for)",
    r"(?:took|taken|take|taking) (?:all )?(?:of )?my (?:pills|meds|medication|medicine) "
    r"(?:today|this morning|on time|like (?:you|the doctor|dr \w+) said|as prescribed|every day|"
    r"regularly)",
    r"(?:cost of|for a) living|living room", r"(?:killed|kills|killing) me lol",
    r"(?:feet|back|legs|head|knees|neck|shoulders|arms|hands|eyes|ears|allergies|sinuses)"
    r" (?:are|is|were|was|been) (?:dying|killing me|dead)",
    r"(?:could|would|i would|i could) murder (?:a|an|some|the)", r"(?:is|was|been) (?:absolute |"
    r"pure |total )?murder", r"i am (?:so |totally |absolutely )dead(?! inside)",
    r"lol(?: \w+){0,8} i am (?:so )?done|i am (?:so )?done lol",
    r"laugh\w*(?: \w+){0,4} (?:almost|nearly) died", r"lol (?:i am )?dying",
    r"knife (?:sharpen\w*|set|block|skills)|butter knife", r"killing each other",
    r"(?:dead|dying) inside",
    # trivial causes: "my boss will kill me if I leave early" (never "if I leave him")
    r"(?:kill|murder|strangle|kills|strangles|have my head|skin me)(?: me| us)(?: \w+){0,2} "
    r"(?:if|because|for) (?:i|we)\b(?! (?:leave (?:him|her|them|home|the house)|tell|call|"
    r"go to the police|report|talk to|say no)\b)",
    r"(?:will|would|is going to|going to) (?:literally |actually )?die if (?:i|we|you|they) "
    r"(?:make|have|take|do not let|force)",
    # things, not people: "the link is dead", "dead broke", "killed my mood"
    r"(?:link|url|website|site|page|zoom|portal|app|email|account|lead|deal|trail|outlet|"
    r"line)s? (?:is |was |just |seems |looks )?(?:dead|died|dying)",
    r"dead (?:broke|even|ringer|link|url|air|weight)", r"\w+(?:ing|ed) to death",
    r"killed (?:my|the) (?:mood|vibe|buzz|appetite|battery)",
    r"(?:absolute|a|total|real|such a) killer(?! (?:is|was|has|who|came|out)\b)",
    r"(?:crawl|curl up|hide) (?:in|into|under) a (?:hole|rock) and die",
    r"(?:i am )?dying (?:out here|in here|over here)",
    r"(?:be|been|is) the end of (?:me|us)",
    r"i (?:literally |almost |nearly |totally )?died (?:when i saw|at the|of (?:shame|"
    r"embarrassment))",
    # media, school, work and legal mentions: about the topic, not about the client
    r"(?:suicide|self harm|mental health|overdose|violence|bullying) (?:prevention|awareness)"
    r"(?: \w+)?", r"(?:news|article|piece|story|report|ad|poster|podcast|documentary) "
    r"(?:about|on) (?:the )?(?:988|suicide|murder|crime|shooting)\w*",
    r"(?:assault|murder|homicide|domestic violence|violence|manslaughter|abuse|rape|shooting|"
    r"stabbing|gun|weapons?) (?:trial|case|hearing|charges?|lawsuit|investigation|"
    r"documentary|podcast|novel|series|show|class|training|law|laws|safety|range)",
    r"(?:serial|contract) killer|true crime|jury duty|self defen[cs]e",
    r"(?:was|been) (?:a |another )?(?:shooting|stabbing|murder) (?:on the news|near|at|"
    r"downtown|in)", r"on the news",
    # round 2: a topic a few words after the medium ("a documentary about the veteran suicide
    # numbers"), a stranger in a news report, the media saying so, a flat battery said softly
    r"(?:news|article|piece|story|report|segment|podcast|documentary|doc|show|series|movie|"
    r"film|book|novel|episode|assignment|essay|assembly|lecture|walk|week|month|day|class|"
    r"course|training|talk|presentation)s? (?:about|on|of|covering) (?:\w+ ){0,4}?(?:suicide|"
    r"murders?|crimes?|shootings?|deaths?|killings?|killers?|overdoses?|violence|abuse|"
    r"stabbings?|self harm)\w*",
    r"(?:suicide|self harm|overdose|violence|bullying) (?:awareness|prevention) (?:\w+ )?"
    r"(?:walk|week|month|day|assembly|talk|event|run|fair|training|class)",
    r"(?:the )?(?:radio|news|tv|television|paper|newspaper) (?:said|says|reported|reports|"
    r"showed)(?! (?:i|we) (?:have|need|must|got) to\b)(?: (?!(?:i|me|my|myself|we|us|our)\b)"
    r"\w+){0,10}",
    r"(?:a|an|some|the) (?:man|woman|guy|kid|person|girl|boy|teen|lady|student|veteran|driver|"
    r"officer|cop|celebrity|singer|actor|actress) (?:\w+ ){0,2}?(?:jumped|was shot|got shot|"
    r"was stabbed|was killed|got killed|killed (?:himself|herself|themselves)|died|overdosed|"
    r"shot (?:himself|herself))(?: (?!(?:i|me|my|myself)\b)\w+){0,4}",
    r"(?:phone|battery|cell|car|laptop|computer|charger|tablet|ipad)s? (?:is |was )?(?:about|"
    r"almost|nearly|basically|practically|pretty much|so|like|at \d+ percent and) (?:to )?"
    r"(?:dead|die|dying)",
    r"(?:book|novel|movie|film|show|series|episode|mystery|thriller|story|play|game)s? (?:where|"
    r"in which|when) (?:\w+ )?(?:(?!(?:i|me|my|myself)\b)\w+ ){0,8}",
    # work, hunting, court: the trade's words, not a threat
    r"kill (?:floor|line)|slaughterhouse|meat (?:plant|packing)|packing plant",
    r"(?:deer|duck|elk|turkey|bird|dove|hog|bear|pheasant|goose|hunting) (?:season|hunt|"
    r"blind|camp|lease)(?: (?!(?:myself|me)\b)\w+){0,12}? (?:rifle|shotgun|gun|bow)s?",
    r"(?:restraining|protective|protection) order (?:went through|was granted|got granted|"
    r"was approved|got approved|is in place|was served|got served|came through)",
    r"(?:court|judge) (?:granted|approved) (?:the|my|a) (?:restraining|protective|protection) "
    r"order",
    # grief: someone else died (clinical, not a risk to the client)
    rf"(?:my|our|his|her|their) (?:\w+ )?{KIN}(?: \w+)? (?:just |has |had |suddenly |recently )?"
    rf"(?:died|passed|is dead|was killed)",
    r"(?:he|she|they|it) (?:just |has |had |suddenly |recently )?died",
    r"death (?:of|in the family|anniversary)", r"(?:his|her|their|\w+s) death",
    # round 3: a thing that "is dead" a few words on ("the link you sent is dead"), traffic
    # that is "straight murder", ranges and gun shops, farm and pest killing, court papers
    r"(?:link|url|website|site|page|zoom|portal|app|login|email|wifi|internet|connection|"
    r"video|call|phone|battery|charger|laptop)s? (?:\w+ ){0,3}?(?:is|was|seems|looks|went|"
    r"are|just went) (?:\w+ )?(?:dead|down)",
    r"(?:is|was|been|s) (?:\w+ )?murder(?! (?:him|her|them|someone|somebody|my|his|the|you)\b)",
    r"(?:work|works|working|worked|coach|coaching|teach|teaching|volunteer\w*|shift|job|run|"
    r"instructor) (?:\w+ ){0,5}?(?:gun|rifle|shooting|firing|pistol|archery|skeet) (?:range|"
    r"club|shop|store|counter)s?(?: \w+){0,3}",
    r"(?:gun|rifle|firearm|shooting) (?:safety |license |permit )(?:class|course|renewal)",
    r"(?:kill|killing|kills|killed|slaughter\w*|butcher\w*|process\w*) (?:the |a |some |our |"
    r"my |those |these |\d+ )?(?:chickens?|hens?|pigs?|hogs?|cows?|cattle|goats?|sheep|turkeys?|"
    r"rabbits?|fish|bugs?|roaches|cockroaches|ants|spiders?|mice|rats?|flies|mosquitoes|weeds|"
    r"germs|bacteria|lice|fleas|ticks|wasps|termites|pests)",
    r"(?:copy|copies|paperwork|papers|documents?|forms?|renewal|file) (?:of |for |from )?(?:the "
    r"|my |an |our |old )*(?:restraining|protective|protection) order|(?:restraining|protective|"
    r"protection) order (?:paperwork|papers|documents?|forms?|copy|hearing|renewal|from last "
    r"year|expired)",
]

# Round 4: a chore, a class or a boss as the subject ("this orgo final is going to kill me",
# "boss will murder me for leaving early"), a hotline number forwarded to friends.
_TRIVIAL = (r"(?:final|finals|exam|exams|midterms?|test|quiz|class|course|semester|homework|"
            r"assignment|paper|essay|project|deadline|presentation|shift|meeting|commute|flight|"
            r"workout|gym|diet|hike|cold|flu|allergies|humidity|taxes|paperwork|schedule|"
            r"boss|manager|coach|professor|teacher)")
IDIOMS += [
    rf"(?:this|that|the|my|these|those) (?:\w+ ){{0,2}}?{_TRIVIAL} (?:is |are |will |would |s )?"
    r"(?:going to |literally |actually |honestly )*(?:kill|murder|be the death of) (?:me|us)"
    r"(?= *$| (?:lol|can|could|so|but|and|if|for|when|i|we|tomorrow|today|this|anyway)\b)"
    r"(?! (?:if|when|for) (?:i|we) (?:leave|tell|call|report|go to the police)\b)"
    r"(?! for (?:leaving|telling|calling|reporting) (?:him|her|them|anyone)\b)",
    r"(?:kill|murder|strangle|have my head|skin)(?: me| us)(?: \w+){0,2} (?:for|over) (?:leaving|"
    r"coming|being|getting|missing|skipping|taking|showing|going|clocking|ducking|cutting) "
    r"(?:\w+ )?(?:early|late|out|in|off|class|work|school|a shift|again|the)\b",
    r"(?:fwd|fw|forwarded|forwarding|reposting|repost|sharing)(?: \w+){0,3}? (?:988|hotline|"
    r"lifeline|crisis (?:text )?line|\d{3} \d{3} \d{4})(?: \w+){0,10}",
    r"(?:988|hotline|lifeline|crisis (?:text )?line)(?: \w+){0,8}? (?:share|pass (?:it|this) "
    r"on|spread the word|repost|save (?:it|this|the number))\w*(?: \w+){0,4}",
]

# A crisis topic, said in the negative: at least clinical (a clinician reads it). Followed
# by "but ..." it is a crisis after all (see classify).
NEGATED_CRISIS = [
    r"(?:not|never|no longer|am not|not really|not feeling|not currently|no|nor) (?:been |"
    r"currently |feeling |actually |really )?suicidal",
    r"no (?:suicidal|si) (?:thoughts|ideation|plans|intent)",
    r"(?:not|never|would never|will never|will not|would not|do not plan to|no plans? to|"
    r"no intention of|do not want to|do not intend to)(?: ever)?(?: going to)? (?:hurt|harm|"
    r"kill|cut|hurting|harming|killing|cutting) (?:myself|my self)",
    r"(?:not|never) (?:thinking|planning) (?:of|about|to) (?:killing|hurting|harming|"
    r"cutting|ending) (?:myself|my life|it)",
    r"(?:no|not having|not having any|do not have|do not have any|have not had|have not had "
    r"any|no more) (?:suicidal |dark )?(?:thoughts|plans|urges) (?:of|about|to) (?:suicide|"
    r"hurting|killing|harming|cutting|self harm|ending)\w*(?: myself| my life| anyone)?",
    r"(?:not|never) (?:going to|would|will) (?:hurt|harm|kill) (?:him|her|them|anyone|"
    r"anybody|someone|somebody)",
    r"(?:not|no longer|never) in (?:any )?danger",
    r"(?:i am|we are|i feel|i am feeling) safe(?: now)?",
]
