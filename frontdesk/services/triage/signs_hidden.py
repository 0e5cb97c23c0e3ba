"""Round-6 lexicons, English and Spanish side by side, merged into signs.LEXICONS.

Warning signs said plainly but without a death word, often in the middle of logistics:
- a plan keyed to the others being out of the way, in any tense or mix of languages ("after
  my mom leaves for work Friday I will do it", "cuando mi mom se vaya", "antes de que se
  despierten"), or worked out as "how and when";
- a rehearsal with a rope or cord ("até la soga al ropero para probar", "tied the belt to the
  rail to test it");
- a question about what amount is enough, with a supply at hand ("I have 2 bottles", "tengo
  una caja entera", "a full jug in the shed") or a poison named;
- knowing the dose that would stop one's own heart;
- a death staged as an accident so the family collects the insurance;
- a vow to kill someone whose whereabouts are already known, or prison shrugged off.
"""

from __future__ import annotations

_OTHERS = (r"(?:the kids|my kids|my (?:wife|husband|partner|roommate|mom|mother|dad|father|"
           r"parents|family|girlfriend|boyfriend|son|daughter|sister|brother)|everyone|"
           r"everybody|mi (?:mom|mam[ai]|mama|dad|papa|jefa|viejo|vieja|familia|esposa|"
           r"esposo|marido|mujer|pareja|hermana|hermano)|mis (?:papas|papas|viejos|padres|"
           r"hijos)|todos)")

LEX: dict[str, list[str]] = {
    # -- the others out of the way: "after my mom leaves for work", "antes de que despierten"
    "alone_window": [
        rf"after {_OTHERS} (?:leave|leaves|left|go|goes|is gone|are gone|head|heads) "
        r"(?:for|to|out|off|on)\b",
        rf"cuando {_OTHERS} se (?:vaya|vayan|fue|fueron)",
        r"antes de que (?:se |me )?(?:despierten|despierte|lleguen|llegue|regresen|regrese|"
        r"vuelvan|vuelva)",
        r"before (?:they|he|she|anyone|everyone|everybody|the kids|my \w+) (?:wake|wakes|get "
        r"home|gets home|come home|comes home|get back|gets back)",
    ],
    # -- worked out as how and when
    "figured": [
        r"(?:ya )?(?:pense|decidi|planee|tengo pensado|se) (?:el )?como y (?:el )?cuando",
        r"(?:figured out|worked out|decided|planned|know|picked) (?:exactly )?(?:the )?how and "
        r"(?:the )?when",
    ],
    # -- rehearsal with a rope: "até la soga al ropero para probar"
    "rope_tied": [
        r"(?:tied|tie|hung|hang|knotted|fixed|rigged|looped) (?:a |the |my |up (?:a |the )?)?"
        r"(?:rope|belt|cord|scarf|sheet|noose)(?: \w+){0,4}? (?:to|from|on|over|around) "
        r"(?:the |my |a )?(?:\w+ )?(?:closet|beam|rail|railing|door|hook|fan|rod|pipe|tree|"
        r"bunk|bed)",
        r"(?:ate|amarre|colgue|puse|amarro|ato) (?:la|una|mi|el|un) (?:soga|cuerda|cinturon|"
        r"mecate|sabana|lazo|cable)(?: \w+){0,3}? (?:al|a la|en el|en la|del|de la) (?:\w+ )?"
        r"(?:ropero|closet|viga|puerta|barandal|ventilador|tubo|arbol|litera|cama|gancho)",
    ],
    "trying_out": [
        r"para probar|a ver si (?:aguanta|resiste|funciona)|de prueba|(?:to|just to) (?:test|"
        r"try) it|to see if it (?:held|holds|works|worked)|as a test|test run|dry run|trial "
        r"run",
    ],
    # -- what amount is enough, with a supply at hand
    "lethal_q": [
        r"(?:for it to|so it would|so it will|to make sure it) work",
        r"(?:damage|damages|destroy|destroys|hurt|hurts|kill|kills|stop|stops|shut down) "
        r"(?:\w+ ){0,3}?enough",
        r"(?:would|will|does) it take (?:to|for)|(?:se necesitan|hacen falta|hace falta) para",
        r"para que (?:funcione|haga efecto|sea suficiente)|(?:es|seria|sera) suficiente",
    ],
    "stock_here": [
        r"(?:i have|i got|i have got|there is|there are|tengo|hay) (?:\d+|two|three|four|five|"
        r"a|an|una|un|dos|tres|cuatro) (?:whole |full |entire |more |extra )?(?:bottles?|jugs?|"
        r"boxes|box|cajas?|frascos?|packs?|gallons?|galones|galon|bidon\w*|botes?)",
        r"(?:i have|i got) to (?:bottles|jugs|boxes|packs|gallons)",  # "2" read as "to"
        r"(?:caja|frasco|botella|bidon|bote|galon) (?:entera|entero|llena|lleno)",
        r"(?:a |one )?(?:full|whole|entire) (?:jug|bottle|box|pack|gallon|tub|can) (?:in|at|"
        r"under|on)",
    ],
    # -- the dose that would stop one's own heart
    "own_heart": [
        r"(?:would|will|could|to|it takes to|that would|enough to) stop my (?:own )?heart",
        r"(?:pararia|pare|detendria|detenga|pararme|detener) (?:mi|el) (?:propio )?corazon",
    ],
    # -- a death staged as an accident for the insurance
    "insurance_payout": [
        r"(?:family|wife|husband|kids|children|they|mom|dad) (?:would |will |could )?(?:gets?|"
        r"collects?|receives?) (?:the |my )?(?:life )?insurance",
        r"cobr\w* (?:el|mi|la|su) (?:seguro|poliza)",
    ],
    "worth_dead": [r"(?:i am|i would be|i d be|would be) worth more dead|valgo mas muert[oa]|"
                   r"(?:valdria|valgo) mas (?:muert[oa]|sin vida)"],
    "accident_look": [
        r"(?:looks?|looked|seems?|seem) like an accident|(?:parezca|pareciera|parecer|paresca|"
        r"parece) "
        r"(?:un )?accidente",
    ],
    # -- a vow to kill someone whose whereabouts are known, or prison shrugged off
    "kill_vow": [
        r"(?:lo|la|los) (?:mato|voy a matar|mataria|matare)|i (?:will|swear i will|would|am going "
        r"to) (?:kill|run (?:him|her|them) over|shoot|stab) (?:him|her|them)",
        r"i (?:swear )?(?:will|am going to) (?:kill|run over|shoot|stab) (?:that|the) \w+",
    ],
    "target_known": [
        r"(?:ya )?se (?:donde|a que hora|por donde) (?:vive|trabaja|sale|llega|pasa|estaciona)",
        r"i know (?:exactly )?(?:where|what time|when) (?:he|she|they|that \w+) (?:lives|works|"
        r"gets|goes|parks|leaves|live|work|get|go|park|leave)",
        r"(?:me da igual|no me importa|me vale) (?:ir a )?(?:la )?(?:carcel|cana|prision|bote)",
        r"(?:do not|dont) care if i (?:go to|end up in|get) (?:jail|prison)",
        r"(?:sitting|waiting|watching) (?:\w+ ){0,4}(?:watching|waiting) for (?:him|her|them)",
    ],
}
