"""English lexicons for the warning-sign categories (see signs.py for how they combine).

Each name is one kind of evidence; a category fires when all the lexicons of one of its
combinations are found in the message. Written against normalise()'s plain text (lowercase
ASCII, "won't" -> "will not", "mom's" -> "moms"). Words, not sentences: stems and the
usual variants, so wording nobody has written yet still lands in a lexicon.
"""

from __future__ import annotations

from .flags_en import DRUGS

_POSSESSIONS = (r"(?:stuff|things|belongings|possessions|xbox|playstation|games|guitar|bike|"
                r"journals?|diar(?:y|ies)|records|vinyl|plants|jewel\w*|clothes|cat|cats|dog|"
                r"dogs|pets?|books|keys|car|house|tools|collection|rings?|watch|laptop|art|"
                r"paintings|savings|furniture)")
_PEOPLE = (r"(?:son|daughter|wife|husband|mom|mother|dad|father|brother|sister|roommate|"
           r"girlfriend|boyfriend|partner|friend|best friend|teen|teenager|kid|child|grandson|"
           r"granddaughter|grandma|grandpa|fiance|fiancee|niece|nephew|\d+ ?yo|\d+ year old)")
_PERSON_TARGET = (r"(?:me|us|her|him|them|my \w+|the (?:baby|kid|kids|child|children|dog)|"
                  r"mom|dad|his \w+|her \w+)")

LEX: dict[str, list[str]] = {
    # -- preparatory behaviour (988 / AFSP; C-SSRS "preparatory behaviour")
    "give_away": [
        r"(?:giving|gave|give|given|gives) away (?:\w+ ){0,3}?(?:my|all|everything|most)",
        r"(?:affairs|things|everything|my life) in order", r"(?:updated|wrote|finished|made|"
        r"redid|changed) (?:my |the |out my )?will\b",
        r"(?:has|have|found|got) (?:a )?new (?:home|owner|owners)\b",
        r"new (?:home|owner|owners) for (?:my|the|our)",
        r"(?:wrote|written|writing) down (?:all )?(?:of )?my passwords",
        r"(?:sold|selling|sell) (?:all|most|everything)(?: of)? (?:my )?(?:stuff|things|"
        r"belongings)",
    ],
    "give_weak": [
        rf"(?:gave|giving|give|leaving|left|handed|handing|passing|passed|donated|donating|"
        rf"sold|selling)(?: \w+){{0,2}} (?:my|all my|all of my)(?: \w+)? {_POSSESSIONS}",
        rf"{_POSSESSIONS} (?:go|goes|went|going) to",
        r"cleaned out (?:my|the) (?:apartment|room|place|house|desk|locker)",
    ],
    # -- saying they will not be there (C-SSRS intent; farewell behaviour)
    "final_strong": [
        r"(?:will not|not going to|never going to|do not|would not) (?:be )?(?:need|needing) "
        r"(?:them|it|this|that|these|those|reminders|appointments|any (?:more )?\w+|the "
        r"(?:appointment|reminders|sessions)|my \w+)(?= (?:anymore|any more|where|after|from)\b)",
        r"where i am going", r"(?:will not|not going to|never going to|no longer) be around "
        r"(?:for (?:future|any|the rest|much|long|anything)|anymore|any more|after|to)",
        r"(?:will not|am not going to|not going to) be (?:here|around) (?:anymore|any more|"
        r"much longer|for long|after (?:today|tonight|this))",
        r"(?:tonight|today) is the (?:night|day)", r"(?:made|making) my decision",
        r"my mind is made up", r"i (?:have )?decided(?= *$| (?:it is|this is|i am done|i will "
        r"not))",
        r"(?:will not|not going to) be (?:continuing|going on|carrying on)",
        r"(?:any|every) (?:week|day|month|appointment) after (?:that|this|today)",
    ],
    "final_weak": [
        r"for good", r"from now on", r"permanently", r"forever", r"keep (?:them|it|him|her) "
        r"safe for me", r"(?:almost|nearly|all) done(?! (?:with (?:work|school|the|my (?:shift"
        r"|homework|exams))|at)\b)", r"while i (?:still )?can", r"travel\w* light",
        r"last (?:time|message|text|one)", r"(?:any|every) (?:week|day) after",
        r"not (?:be |going to be )?around", r"(?:will not|do not|would not) (?:be )?need\w*",
    ],
    # -- farewell
    "farewell_strong": [
        r"(?:thank|thanks) (?:you )?for everything (?:you|you have|you ever)",
        r"(?:everything|all) you (?:tried|did|have done|ever did) (?:to do )?for me",
        r"you were (?:one of the good ones|the only one|always|the best|good to me)",
        r"(?:it is|is) not (?:your|her|his|their|anyones|anyone s) fault",
        r"goodbye (?:letters?|notes?|video|post|message|texts?)",
        r"(?:wanted|want) to thank you (?:properly|one last|before)",
        r"had a (?:good|long|decent) run", r"you (?:really |truly |always )?(?:tried|did your "
        r"best|were good to me|helped me more than)",
        r"(?:tell|let) (?:everyone|everybody|them|her|him|my \w+) (?:that )?(?:i love|it is "
        r"ok|it is okay|i am sorry|not to)",
    ],
    "farewell_weak": [
        r"(?:thank|thanks) (?:you )?for (?:everything|all)", r"take care of (?:yourself|"
        r"yourselves|my|them|her|him)", r"i mean it", r"love you all",
        r"(?:told|tell) (?:her|him|them) i love", r"(?:goodbye|bye)",
    ],
    # -- a place, a means, a method (C-SSRS method; 988 "gathering means")
    "place": [
        r"roof|rooftop|top floor|top of the (?:\w+ )?(?:garage|building|bridge|tower|stairs)|"
        r"parking (?:garage|structure|deck)|ledges?|edge|bridges?|overpass|cliffs?|balcony|"
        r"(?:train )?tracks|platform|river|the water|lake|dam|train station|tall building|"
        r"\d+(?:st|nd|rd|th) floor",
    ],
    "place_cue": [
        r"looking (?:down|over)|look(?:ing)? (?:down|over|at the water)|over the edge|"
        r"so small from (?:here|up here)|(?:quiet|peaceful|calm) up here|from up here|"
        r"standing (?:at|on)|not getting on|talk(?:ed)? (?:me )?(?:out of it|down)|jump\w*|"
        r"how high|the drop|keep looking at|staring (?:at|down)|thinking|long way down|"
        r"the water (?:looks|is|seems)|waves",
    ],
    "car_running": [r"(?:car|engine|motor|cars|truck) (?:is |was |still )?(?:running|on|"
                    r"idling|idles)"],
    "enclosed": [r"garage|door (?:is |was )?(?:shut|closed|locked|down)|doors? (?:shut|down)|"
                 r"windows (?:up|closed|shut)"],
    "method": [
        r"(?:steer|steering|swerve|swerving|veer\w*|drive|driving|drove) (?:\w+ )?into (?:the "
        r"|a |an |oncoming )?(?:median|traffic|oncoming|wall|tree|pole|truck|barrier|river|"
        r"lake|semi)",
        r"how high (?:is |up )?(?:the|that|this)",
        r"how many(?: \w+){1,3} (?:is|are|would be) too many",
        r"how (?:long|much) (?:until|til|till|before|to) (?:i )?(?:pass out|black out|stop "
        r"breathing)", r"painless (?:way|ways|method)",
        r"holding my breath(?: \w+){0,8} (?:pass out|black out)",
        r"(?:drank|drink|drinking|swallowed|drunk) (?:some |the |a bottle of )?(?:bleach|"
        r"antifreeze|poison|cleaner|lye|rat poison)",
    ],
    "means": [
        r"pills|tablets|meds|oxy\w*|sleeping pills|revolver|gun|rifle|pistol|shotgun|"
        r"firearm|knife|rope|noose|razor|blades?|\w+ (?:pills|tablets)",
    ],
    "rope": [r"rope|noose|extension cord|belt (?:around|from|on) (?:my|the) (?:neck|beam|door)"],
    "took": [r"took|taken|swallowed|downed|popped|ate|chugged"],
    "amount": [r"a bunch|a handful|handful|whole|entire|all|box|bottle|pack|packet|sheet|"
               r"strip|too many|way too|a lot|\d{2,}|twenty|thirty|forty|fifty"],
    "drug": [DRUGS, r"pills|meds|medication|tablets|capsules|sleeping pills|painkillers"],
    "at_hand_strong": [
        r"in front of me|counted(?: out)?|lined up|in a jar|(?:saved|saving|setting|set) "
        r"(?:them |it |\w+ )?(?:up|aside)|stash\w*|it is a comfort|(?:sleep|sleeping|slept) "
        r"with|on (?:his|her|my) pillow|within reach",
    ],
    "at_hand_weak": [
        r"on the (?:counter|table|nightstand|bed|desk|floor|seat)|in the trunk|in my (?:bag|"
        r"backpack|car|pocket|lap|hand|hands)|next to me|right here|holding|i have|i got|got "
        r"the|bought|hidden|hiding",
    ],
    # -- distress around a means or a goodbye
    "distress": [
        r"hopeless|worthless|burden|trapped|tired of|exhausted|numb|empty|alone|lonely|"
        r"no point|calm now|finally|at peace|just sitting|sitting here|can not do this|"
        r"3 ?am|what is the point|nothing matters|no one|nobody",
    ],
    # -- someone else reports (a relative, a roommate, a parent)
    "reporter": [
        rf"this is (?:his|her|their|\w+s) {_PEOPLE}", rf"(?:my|our) {_PEOPLE}",
        rf"{_PEOPLE} here\b", r"(?:he|she|they) (?:is|are) (?:your|a) (?:client|patient)",
        r"(?:your|a) (?:client|patient) of yours",
    ],
    "event_strong": [
        r"left (?:a|the) note|(?:a|the) note (?:on|in|for)|(?:wrote|writing) (?:a )?note",
        r"locked (?:himself|herself|themself|themselves) in|door is locked",
        r"gun (?:case|safe|cabinet) is (?:empty|open)|(?:his|her) (?:gun|rifle|pistol) is "
        r"(?:gone|missing)",
        r"took (?:a bunch|all|a lot|a handful|too many|some|his|her|the rest)(?: of)? (?:his|"
        r"her|their|the)? ?(?:pills|meds|medication|tablets|sleeping pills)",
        r"not (?:waking|wake) up|(?:will|would) not wake|unresponsive",
        r"(?:said|says|texted|sent|posted) (?:me )?(?:a )?(?:goodbye|bye)",
        r"cut (?:his|her|their) (?:wrists?|arms?|throat)|blood everywhere|(?:overdosed|hanged|"
        r"hung|shot|stabbed) (?:himself|herself|themself|themselves)",
        r"search history|(?:wants|want|wanted) to die|no point anymore|pictures? of (?:pills|"
        r"a gun)", r"with (?:a|the|his|her) (?:knife|gun|razor|rope|pills)",
    ],
    "event_weak": [
        r"(?:will not|is not|does not|has not|have not|not|never) (?:answer\w*|pick\w* up|"
        r"respond\w*|open\w* (?:the door|up)|come out|came home|come home)",
        r"can not (?:find|reach)", r"do not know where (?:he|she|they)",
        r"(?:car|he|she|they) (?:is|are) gone", r"missing",
    ],
    # -- violence happening now
    "violence_act": [
        rf"(?:hitting|beating|choking|strangling|punching|kicking|slapping|hurting|shaking|"
        rf"dragging|hit|beat|choked|punched|kicked|slapped|threw|throwing|smacked|smacking) "
        rf"{_PERSON_TARGET}",
        r"hands (?:around|on) my (?:neck|throat)", r"pinned (?:me|her|him)",
        r"banging on (?:my|the) door", r"break(?:ing)? (?:it|the door|my door|in) down",
        r"(?:smashed|broke) my phone", r"throwing (?:stuff|things|plates|chairs)",
        r"(?:pulled|pulling|grabbed) (?:me by )?(?:my|her) hair",
        r"coming into my room at night",
    ],
    "violence_now": [
        r"right now|now|again|please (?:send|call|help|come)|send (?:someone|help|the police|"
        r"the cops)|call (?:someone|911|the police|the cops)|hiding|in the closet|(?:till|"
        r"until) (?:he|she|they) (?:leaves|leave|is gone|goes)|i can hear|through the wall|"
        r"still (?:in the house|here|outside)|help me|do not want to go home|scared",
    ],
    # -- harm to others (a threat with means), persecution, command hallucinations
    "weapon": [r"knife|gun|rifle|pistol|bat|baseball bat|weapon|machete|crowbar|revolver|"
               r"shotgun|ammo"],
    "threat": [
        r"(?:make|making) (?:them|him|her|everyone) pay|(?:he|she|they) will (?:find out|"
        r"regret|see)|what happens|(?:use|using) it (?:on|if)|something for (?:them|him|her)|"
        r"get even|teach (?:him|her|them) a lesson|where (?:\w+ ){0,2}(?:works|lives)",
    ],
    "delusion": [
        r"(?:putting|put|puts|pumping|pumps|pump|slipping) (?:poison|gas|something|chemicals) "
        r"(?:in|into|through)", r"(?:poisoning|drugging) (?:me|my)",
        r"(?:gas|poison) through the vents", r"to get rid of me",
        r"(?:spying|watching) on me through", r"implant\w* (?:in|a chip)",
    ],
    "voice_source": [
        r"voices?|god (?:told|tells|says|said|wants|is telling|spoke)|the (?:tv|television|"
        r"radio) (?:is )?(?:telling|tells|says|told)|in my head|someone (?:in my head|talking "
        r"to me)",
    ],
    "command_harm": [
        r"hurt|harm|kill|do something to|get rid of|(?:has|have|needs?) to be stopped|"
        r"punish|make (?:it|him|her) stop|is evil|evil|devil|demon|sacrific\w*|chosen|"
        r"is not mine",
    ],
    # -- wish to be dead, said softly (C-SSRS step 1)
    "wish_dead": [
        r"(?:sleep|go to sleep|slept) (?:for )?(?:a (?:really |very |long )*long time|forever)"
        r"(?: \w+){0,6} (?:not|never) (?:have to )?wake",
        r"(?:not|never) (?:have to )?wake up to",
        r"(?:was not|were not|not|no longer) in the picture|out of the picture",
        r"go (?:away )?quietly|slip away|fade away",
        r"(?:easier|better) (?:time|for everyone)?(?: \w+){0,3} if i (?:just )?(?:was not|"
        r"were not|was gone|did not)", r"stop needing me",
    ],
}

# Round 2: wider word classes for the same categories, from the categories held-out lists E
# and F showed missing (research into an amount, rehearsal with a cord, a photo of pills, a
# reporter and silence, finality said as "won't matter", "if I'm still here", a door kicked in).
_MORE: dict[str, list[str]] = {
    "give_away": [
        r"(?:will|papers|paperwork|finances|estate|accounts|affairs) (?:is |are )?(?:all )?"
        r"(?:in order|updated|settled|squared away|taken care of|tied up)",
        r"(?:put|got|getting|have|had) (?:my |all my )?(?:will|papers|paperwork|finances|estate|"
        r"accounts|affairs) (?:in order|sorted|settled|straightened out)",
        r"(?:good|loving|new|forever|safe) home (?:lined up )?for (?:my|the|our|her|his) \w+",
        r"home lined up",
    ],
    "give_weak": [
        r"(?:got|have|get|getting|had) (?:everything|it all|all my (?:stuff|things)|my affairs) "
        r"(?:sorted|arranged|taken care of|handled|squared away|in order|settled|tied up|"
        r"wrapped up)",
        r"(?:everything|all my (?:stuff|things)|my affairs|loose ends) (?:is |are )?(?:all )?"
        r"(?:sorted|arranged|taken care of|squared away|settled|tied up|wrapped up)",
        r"(?:wrote|written|writing|left|leaving) (?:\w+ ){0,2}?letters? (?:to|for) (?:each|both|"
        r"all|every|my|everyone|everybody)", r"written to each of my",
    ],
    "final_weak": [
        r"(?:will not|does not|would not|is not going to|not going to|not that it will|it will "
        r"not) (?:really |even )?matter (?:much |anymore|any more|after|by then|soon|for long|"
        r"anyway)", r"(?:will not|not going to|am not going to) be here (?:next|to|for|by)",
        r"(?:this weekend|tonight|today|tomorrow|this week|saturday|sunday|monday|tuesday|"
        r"wednesday|thursday|friday|after (?:\w+ ){0,2}?\w+) (?:is|will be) (?:it|the (?:day|"
        r"night|end))\b", r"that is it for me",
    ],
    "final_strong": [
        r"(?:if|assuming|provided) (?:that )?i am still (?:around|here|alive|breathing|living)",
        r"if i (?:make it|last|survive) (?:that long|till then|until then|to then)",
        r"where i am (?:going|headed|heading)",
    ],
    "decided": [r"made up my mind|my mind is made up|mind is made up|made my decision|"
                r"i (?:have )?decided|decided(?= *$| i am| it is| after| this| tonight)|it is "
                r"decided"],
    "told_someone": [r"(?:just |only )?(?:wanted|want|needed) (?:somebody|someone|one person|"
                     r"anyone|you) to (?:know|hear it)"],
    "at_peace": [r"made (?:my )?peace|at peace with"],
    "blameless": [
        r"(?:is|was|it is|it was|will not be|is not|was not|never) (?:not |never )?(?:\w+ )?"
        r"(?:your|her|his|their|anyones?|anybodys?|nobodys?|my \w+s|\w+s) fault",
        r"(?:nobody|no one|none of you) (?:should|is to|needs to) blame",
        r"(?:nobody|no one|none of you) (?:should )?(?:feel )?(?:guilty|to blame)",
    ],
    "tell_someone": [r"tell|let (?:\w+ ){1,2}know|pass (?:it )?on|say (?:to|bye to)"],
    "farewell_weak": [r"i (?:said|say) (?:bye|goodbye)", r"look after (?:my|the) \w+",
                      r"(?:all|over) (?:these|the) years",
                      r"said what i (?:needed|wanted|had) to say",
                      r"thank you for all your"],
    "method": [
        r"how many(?: \w+){1,6} (?:it would take|would it take|does it take|it takes|would do it"
        r"|would be enough|is enough|to (?:die|not wake|kill))",
        r"(?:steer|steering|swerve|swerving|veer\w*|drive|driving|drove|crash\w*|slam\w*) "
        r"(?:\w+ )?into (?:the |a |an |oncoming )?(?:\w+ )?(?:median|divider|guardrail|wall|"
        r"pillar|abutment|bridge|barrier|pole|tree|truck|semi|traffic)",
    ],
    "rehearsal": [r"practic\w*|rehears\w*|testing (?:whether|if|it|out)|tried (?:it|the \w+) "
                  r"out|holds? (?:my|his|her|their) weight|to see if it (?:holds|works)"],
    "cord": [r"(?:with|using) (?:a|the|my|his|her|their) (?:\w+ )?(?:belt|scarf|cord|rope|strap|"
             r"sheet|cable)", r"the (?:cord|rope)|noose"],
    "event_strong": [
        r"(?:there is|found|find|left) (?:a |the )?(?:note|letter)", r"note (?:that |which )?"
        r"(?:just )?(?:says|said|saying)", r"letter addressed to",
        r"(?:pic|pics|photo|photos|picture|pictures|snap|selfie|story|video|post)(?: \w+){0,4} "
        r"(?:pills|pill bottles|bottles|rope|gun|blood|razor|knife|cuts|wrists)",
        r"(?:saying|says|said|been saying|keeps saying) (?:he|she|they) (?:will not|is not "
        r"going to|are not going to) be (?:around|here|at)",
        r"(?:bed|room) (?:was not|has not been|is not) slept in",
    ],
    "event_weak": [r"(?:is not|was not) in (?:her|his|their) (?:room|bed)",
                   r"nobody can (?:find|reach)", r"(?:is not|not|is not|isnt) (?:replying|"
                   r"answering|picking up)", r"(?:phone|cell) is (?:off|on the bed|here)"],
    "voice_source": [r"the voice|a voice|(?:radio|tv|television|news)(?: \w+)? (?:is |keeps )?"
                     r"(?:giving|sending|telling) me"],
    "command_harm": [r"cut|cutting|burn|burning|bleed|stab|hang|jump|die|end it|let the bad out|"
                     r"obey|instructions about (?:my|the) \w+"],
    "delusion": [
        r"(?:putting|put|puts|slipping|slips|adding|adds|spiking|lacing|pumping)(?: \w+){0,2} "
        r"(?:poison|something|stuff|chemicals|drugs) (?:in|into|to) (?:my|the|our)(?: \w+)? "
        r"(?:water|food|coffee|drink|tea|well|meals?|vents?)",
    ],
    "threat": [r"deal with (?:her|him|them|it) myself|handle (?:it|her|him|them) myself|"
               r"until i (?:handle|deal with|stop) (?:it|her|him|them)"],
    "violence_act": [
        r"(?:kick\w*|bang\w*|pound\w*|smash\w*|breaking|broke|bash\w*|ramm\w*) (?:down |in )?"
        r"(?:on )?(?:the |my |our )?(?:\w+ )?doors?",
        r"locked (?:us|me|the kids|my (?!(?:keys?|phone|wallet|purse|bag|card|laptop|"
        r"stuff|things|car|bike|charger|glasses|coat|jacket)\b)\w+) in",
        r"(?:will not|would not) let (?:us|me) "
        r"(?:leave|go|out)",
    ],
    "violence_now": [r"in here|with me|trying to get in|inside|stuck|(?:he|she|they) (?:is|are) "
                     r"back|(?:has|took) my phone|do not call|please$|will not stop|no para|"
                     r"ayuda"],
    "wish_dead": [
        r"(?:pray|praying|ask|asking|beg|begging)(?: \w+){0,3} (?:god|the lord|lord|jesus) "
        r"(?:to )?(?:take|takes|will take|would take) me",
        r"(?:god|lord|jesus) (?:please |would |will )?(?:just )?take me",
        r"(?:a|such a|just a) (?:weight|burden) on",
    ],
    "give_all": [r"(?:gave|giving|handed|handing|left) (?:\w+ ){0,3}?(?:all|every one|each|most) "
                 r"(?:of )?my \w+"],
    "secret": [r"(?:does not|do not|did not|doesnt|will not) need to know (?:why|the reason)|"
               r"(?:did not|do not|would not|will not|never) (?:say|tell (?:her|him|them)|"
               r"answer|explain)(?: why)?(?= *$| \w+ why|,| i\b)|(?:asked|asks) why"],
    "urge_harm": [
        r"(?:so |this |really |very )?close to (?:hurting|hitting|shaking|smothering|"
        r"strangling|snapping and hurting) (?:the |my |him|her|them)",
        r"(?:almost|nearly) (?:hurt|hit|shook|smothered|strangled) (?:the|my) (?:baby|newborn|"
        r"infant|kid|toddler|child|son|daughter)",
        r"(?:came|come|coming) (?:so |really )?close to (?:hurting|hitting|shaking|smothering)",
    ],
    "plan_set": [r"(?:have|got) (?:it |everything )?all planned(?: out)?|the plan is (?:set|"
                 r"ready|made)|have (?:a|the) plan(?: ready)?"],
    "determined": [r"(?:nobody|no one|noone) (?:is going to|will|can) stop me|for real this "
                   r"time|this time for real"],
    "last_day": [r"(?:tonight|today|this) is (?:my|her|his|their) last (?:night|day|week)"],
    "going_after": [r"(?:going|went|go) after|going to (?:find|get) (?:him|her|them|the (?:guy|"
                    r"kid|man)|that)|went looking for"],
    "poison": [r"rat poison|poison|antifreeze"],
    "stockpile": [r"(?:collecting|stashing|stashed|hoarding|hoarded|saving|saved|stockpiling|"
                  r"juntando|guardando|acumulando)(?: \w+){0,3}? (?:\w*(?:in|ina|pam|lam|ol|one|"
                  r"ide|ex|ax|pin)|"
                  r"medication|medicine|meds|pills|insulina|pastillas|medicinas)\b"],
    "alcohol": [r"vodka|whiskey|whisky|tequila|rum|gin|wine|beer|liquor|booze|bourbon|mezcal|"
                r"alcohol|(?:a )?fifth"],
    "sitting": [r"sat|sitting|parked|alone with|sola con|solo con"],
    "loved_past": [r"(?:que )?(?:la|lo|los|las) quise|i (?:always )?loved (?:him|her|them|you)"],
    "not_reach": [r"(?:doubt|do not think) i (?:will )?make it (?:to|till|until|through) (?:next|"
                  r"the|\w+day)",
                  r"(?:dudo|no creo que) (?:llegar|llegue) (?:a la|al|a el|hasta el|hasta la|a) "
                  r"(?:otra |proxima )?(?:semana|lunes|martes|miercoles|jueves|viernes|sabado|"
                  r"domingo)"],
    "rail": [r"(?:pedestrian |rail(?:way)? |foot)?bridge|footbridge|overpass|puente peatonal|"
             r"rail line|railway|freeway|vias"],
    "again_there": [r"(?:up|back|standing|sitting) on (?:the )?(?:\w+ )?(?:bridge|footbridge|"
                    r"overpass)|(?:again|otra vez)(?: \w+){0,2} (?:on|en) (?:the|el) (?:\w+ )?"
                    r"(?:bridge|footbridge|overpass|puente)|i am up on"],
    "beating_with": [r"(?:whipping|beating|belting|hitting) (?:my|the|her|him) (?:\w+ )?\w+ "
                     r"with"],
}
for _name, _fragments in _MORE.items():
    LEX.setdefault(_name, []).extend(_fragments)
