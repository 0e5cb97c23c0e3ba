"""English phrases for the clinical flag: symptoms, mood, medication, substances, grief."""

# Same conventions as flags_en. Clinical phrases are looked for only when there is no crisis,
# on the whole text (idioms included: "the loneliness is killing me" is clinical).

from __future__ import annotations

from .flags_en import DRUGS, KIN

MOOD = (r"(?:low|down|sad|awful|terrible|hopeless|worthless|empty|numb|lost|overwhelmed|"
        r"miserable|broken|alone|lonely|off|worse|horrible|like crap|like shit|stressed|on "
        r"edge|anxious|paranoid|manic|irritable|unmotivated|drained|defeated|trapped|"
        r"helpless|ashamed|guilty|disconnected|out of control|like a failure|like nothing)")
CLINICAL = [
    r"depress\w*", r"anxi\w*", r"panic\w*", r"ocd|ptsd|adhd|bipolar|bpd|schizo\w*|psychos[ie]s"
    r"|psychotic|dissociat\w*|mania|manic|eating disorder|anorexi\w*|bulimi\w*|binge\w*|"
    r"binging|purg\w*|intrusive thoughts|compulsions?|trauma\w*|flash ?backs?|triggered",
    r"(?:can not|could not|unable to|have not been able to|barely|not able to|hardly) "
    r"(?:sleep|slept|get to sleep|fall asleep|stay asleep|eat|get out of bed|function|focus|"
    r"stop crying|breathe|stop shaking)",
    r"(?:not|have not been|barely) (?:sleeping|eating)", r"(?:no|zero|little) sleep",
    r"insomnia", r"nightmares?", r"night terrors?",
    rf"(?:feel|feeling|felt|feels|been|am|so|really|very|pretty|too) (?:so |really |very |"
    rf"super |extremely |pretty |kind of |a bit |a little |just )?{MOOD}"
    r"(?! (?:the|to|here|there|at|by|street|road|stairs|town|my|work|for|on|duty|today|"
    r"tomorrow)\b)",
    r"hopeless\w*|worthless|helpless|numb|overwhelmed|miserable|lonel\w*|isolat\w*",
    r"(?:empty|dead|dying) inside",
    r"struggl\w*(?! (?:to find|with (?:the )?(?:parking|link|zoom|app|portal|website|wifi|"
    r"internet|login))\b)",
    r"(?:rough|hard|bad|tough|terrible|awful|horrible|difficult|dark|shit|crap) (?:week|day|"
    r"days|time|patch|night|nights|month|place|headspace|spot|period|weekend)"
    r"(?! (?:finding|getting|logging|with the)\b)",
    r"spiral\w*", r"breakdown", r"melt ?down", r"cry|crying|cried|in tears|sobbing",
    r"relaps\w*", r"(?:drinking|drunk|drank|using|used|smoking|smoked|gambling|gambled|high|"
    r"binging|purging|relapsed|slipped) again",
    r"(?:started|back to|been|went back to) (?:drinking|using|smoking|gambling)",
    r"(?:got|was|am|been getting) (?:drunk|high|wasted)", r"sober\w*|sobriety|crav\w*",
    r"alcohol\w*|drugs|weed|meth|cocaine|heroin|fentanyl|opioids?|opiates?|pills",
    r"(?:drank|drinking) (?:a whole bottle|too much|all night|a lot|every night|heavily)",
    r"hangover|hungover", DRUGS,
    r"meds|medication\w*|medicine|prescri\w*|refill|dose|dosage|side effects?|psychiatrist",
    rf"(?:my|our) (?:\w+ )?{KIN} (?:just |has |had |suddenly )?(?:died|passed|is dead|was "
    rf"killed)", rf"(?:lost|losing) (?:my|our|the) (?:{KIN}|job|pregnancy)",
    r"passed away|miscarri\w*|funeral|memorial service|grie(?:f|ve|ving|ved)|bereave\w*",
    r"death (?:of(?! (?:me|us)\b)|in the family)",
    r"(?:hearing|hear) (?:voices|things)", r"seeing things", r"losing my mind|going crazy",
    r"(?:have not|did not|barely) (?:eaten|eat) (?:in|for)", r"(?:stopped|not) eating",
    r"(?:broke|broken) up|break ?up|divorc\w*|left me|cheated on me",
    r"(?:got|was|been|am|just got) (?:fired|laid off)",
    r"stress\w*", r"burn(?:ed|t)? ?out",
    r"hospital|hospitali[sz]ed|er|emergency room|inpatient|rehab|detox",
    r"mental health", r"(?:not getting|getting) (?:any )?(?:better|worse)(?! at\b)",
    r"feel(?:s|ing)? like (?:i am )?(?:going to die|dying|having a heart attack)",
    r"heart (?:will not|would not|is) (?:stop )?racing|racing heart",
    r"(?:hate|hating) (?:myself|my self|my life|my body)", r"self (?:esteem|worth)",
    r"diagnos\w*", r"tired of (?:everything|it all|all of this)",
    r"(?:have not|can not|did not) (?:left|leave|gotten out of) (?:the house|my room|bed)",
    r"(?:i am|i am just|i am really) (?:not|really not|so not) (?:ok|alright|fine|well)",
    r"need (?:help|to talk to someone)", r"(?:about to|going to|close to) snap",
    r"punch\w* (?:walls?|things)", r"drowning|suffocating",
    r"(?:have not|did not|barely|not|never|hardly) (?:slept|sleeping|eaten|eating)",
    # eating, sleeping, getting up, going out: far less than usual
    r"(?:eating|eat|ate) (?:maybe |only |just |like |about )?(?:once|one meal|one thing) a day",
    r"(?:only|barely|hardly|just|not really) eating", r"not (?:\w+ )?hungry",
    r"lost (?:\w+ )?(?:pounds|lbs|kilos|weight|my appetite)", r"no appetite",
    r"in bed (?:most|all|half)(?: of)? (?:the )?(?:day|week|time|days|weekend)",
    r"(?:stayed|staying|stay|been|lying|laying) in bed (?:all|for) (?:day|days|week)",
    r"(?:has not|have not|had not|not|never|barely|hardly) (?:left|leaving|leave|gone out of|"
    r"showered|come out of) (?:the|my|his|her|their) (?:apartment|house|room|place|home|"
    r"bedroom)", r"(?:has not|have not|not) showered",
    r"(?:can not|could not) (?:make|get) myself to", r"can not make myself",
    r"(?:sleeping|slept|sleep|getting) (?:like |only |about |maybe |around )?(?:\d+|two|three|"
    r"four) hours", r"(?:only|barely|hardly) sleeping", r"(?:sleeps|sleeping) all day",
    # medication side effects, alcohol with a medication
    r"(?:makes?|making|made|make) me (?:\w+ )?(?:dizzy|shaky|nauseous|sick|sleepy|foggy|numb|"
    r"thirsty|tired|jittery|sweaty)", r"dizzy|dizziness|nause\w*|foggy|shaky|jittery",
    r"(?:beers?|wine|drinks?|drinking|alcohol|a drink)(?: \w+){0,6} (?:with|on|and) (?:the |my "
    r"|a )?(?:new )?(?:med|meds|medication|pills?|tablets|antidepressant|prescription)",
    r"new (?:med|meds|medication|pills|tablets|antidepressant|prescription)",
    # round 3: staying in with an adverb, an anniversary of a death, days in bed, not washing,
    # barely eating
    r"(?:has not|have not|had not|not|never|barely|hardly) (?:really |even |actually )?(?:left|"
    r"leaving|leave|gone out of|been out of|come out of) (?:the|my|his|her|their) (?:apartment|"
    r"house|room|place|home|bedroom)",
    rf"(?:since|when) (?:my |our )?{KIN} (?:passed|died)", r"(?:year|years|months) since",
    r"in (?:the )?bed (?:since|for (?:days|a week|weeks))",
    r"(?:did not|have not|has not|barely|hardly|not) (?:shower|showered|bathe|bathed|washed)",
    r"(?:barely|hardly) (?:ate|eat|eaten|eating)",
    # round 4: days in bed or indoors counted out, the flat or dorm left unnamed
    r"(?:stayed|staying|been|lying|laying|stuck|spent) (?:in|on) (?:my |the )?(?:bed|couch|"
    r"sofa) (?:for )?(?:\d+|two|three|four|five|six|a few|several|multiple|all|the whole) "
    r"(?:days?|weeks?|weekend)",
    r"(?:has not|have not|had not|not|never|barely|hardly) (?:really |even )?(?:left|been out "
    r"of|gone out of|gotten out of|stepped out of) (?:the|my|his|her) (?:apartment|appointment|"
    r"flat|dorm|room|house|place|bed|couch)(?: \w+)? (?:in|for) (?:\d+|a|two|three|four|five|"
    r"several|over a) (?:days?|weeks?|months?)",
    r"(?:have not|has not|had not|not) (?:gone|been) (?:out|outside)(?: \w+){0,2} (?:in|for) "
    r"(?:like |about |almost |over |nearly )?(?:\d+|a|two|three|four|five|several|over a) "
    r"(?:days?|weeks?|months?)",
]
