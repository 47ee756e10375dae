"""Sub-types whose wording differs beyond the Iraqi theatre (issue 16): goods seized, arrests that follow
an event, an abduction that a protest is about, and crowd violence with no demonstration. Sentences
written for these tests."""

from __future__ import annotations

import pytest


pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # seizing goods other than weapons is Looting/property destruction; the arrests go with the seizure
    ("On Monday, customs officers seized two tons of cannabis hidden in a lorry. Three men were arrested.",
     "Looting/property destruction"),
    ("Police dismantled a cocaine lab on the edge of the town. Two suspects were detained.",
     "Looting/property destruction"),
    # weapons seized stay Disrupted weapons use; an arrest alone stays Arrests
    ("Troops seized a cache of rifles and ammunition in a forest hideout.", "Disrupted weapons use"),
    ("Police arrested five men suspected of smuggling in the port.", "Arrests"),
])
def test_goods_seized(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # suspects arrested after the event are its aftermath, not the main event
    ("Two men stabbed a shopkeeper to death in the market on Sunday. Police later arrested four suspects.",
     "Attack"),
    ("A group of youths attacked a police patrol, injuring an officer. Three of them were arrested the next day.",
     "Mob violence"),
])
def test_arrests_after_an_event(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the abduction the protesters talk about is their grievance
    ("Mothers who say their sons were abducted by the rebels held a sit-in outside the party office.",
     "Peaceful protest"),
    ("Villagers gathered outside the town hall in protest of the kidnapping of a teacher last month.",
     "Peaceful protest"),
    # asking for an arrest is no intervention
    ("Hundreds marched through the town demanding an inquiry and the arrest of the officer.", "Peaceful protest"),
    # an abduction during the protest is the event
    ("Gunmen kidnapped a trader during a protest in the town.", "Abduction/forced disappearance"),
])
def test_abduction_protesters_talk_about(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a riot with no demand and no demonstration told, turned on property or people: mob violence
    ("Inmates rioted at the central prison and set mattresses on fire.", "Mob violence"),
    ("Rioters set fire to a bank in the town centre on Sunday.", "Mob violence"),
    ("Residents pelted stones at the police who had asked them to disperse during the curfew.", "Mob violence"),
    # demands told, a street battle with the state's forces, or a road blocked: a violent demonstration
    ("Rioters set fire to a bank on Sunday, demanding the release of their leader.", "Violent demonstration"),
    ("Rioters and police clashed in the city centre on Friday.", "Violent demonstration"),
    ("Rioters threw petrol bombs at the police near the bridge.", "Violent demonstration"),
    ("Police fired live rounds at rioters in the old town.", "Violent demonstration"),
    ("Residents blocked the highway with burning tyres before the police dispersed them.", "Violent demonstration"),
    ("Hundreds of protesters threw stones at the police outside parliament.", "Violent demonstration"),
])
def test_riots_without_a_demonstration(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # how the protest went, told after its demands, belongs to it
    ("Dozens of nurses demonstrated outside the hospital on Monday. They demanded protective equipment and higher "
     "pay. Police dispersed the group and arrested five of them.", "Protest with intervention"),
    ("Hundreds of traders protested in the market square against the closure of their stalls. The traders said the "
     "lockdown had left them without income. The demonstrators later set fire to a police post.",
     "Violent demonstration"),
    # what the protesters say, or goods they want back, is their grievance
    ("Residents protested against the construction of a landfill near the village. The residents claimed that their "
     "houses were damaged by the works.", "Peaceful protest"),
    ("Students marched to the ministry on Tuesday. The marchers want the government to recover looted funds.",
     "Peaceful protest"),
])
def test_protest_told_over_several_sentences(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # several ordinary people, unarmed, turning on the police or a soldier: a mob, not a side in a battle
    ("On Sunday, five citizens attacked two police officers who asked them to go home during the curfew.",
     "Mob violence"),
    ("A policewoman was attacked by a group of sellers while checking permits at the market.", "Mob violence"),
    ("Villagers beat up a soldier after a quarrel at the market.", "Mob violence"),
    # their arrest afterwards is the aftermath
    ("Three young men beat up two policemen at a checkpoint on Friday. The three men were arrested the next day.",
     "Mob violence"),
    # armed attackers, or weapons used, make it a battle
    ("Gunmen attacked a police checkpoint on the highway, killing two officers.", "Armed clash"),
    ("Three men shot at a police patrol near the border.", "Armed clash"),
])
def test_people_against_the_police(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fighting a disease is no battle
    ("The governor closed the border crossings and imposed a curfew to combat the spread of the virus.",
     "Change to group/activity"),
    # a battle told as the setting of a deployment: the deployment is the event
    ("On Saturday, rebel reinforcements arrived on the southern front lines as battles continue in those areas.",
     "Change to group/activity"),
    ("Government forces deployed to the entrances of the town in the context of recent fighting between two "
     "factions.", "Change to group/activity"),
    # a battle told as the event stays one
    ("Ongoing clashes between the army and the rebels killed five fighters near the town on Monday.", "Armed clash"),
    ("Troops clashed with rebels near the town after reinforcements arrived, killing three.", "Armed clash"),
])
def test_battles_told_as_a_setting(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a trafficker or gang member killed by non-state attackers: a clash between criminal groups
    ("On Sunday, a man was shot dead by two armed men on a motorcycle in the north of the city. The victim had "
     "charges against him for drug trafficking.", "Armed clash"),
    ("An alleged drug dealer was shot dead by unidentified gunmen outside a bar on Friday.", "Armed clash"),
    # anyone else, the attackers' own role, or a killing by the police stays an attack
    ("On Sunday, a man was shot dead by two armed men on a motorcycle in the north of the city. The victim worked "
     "as a teacher.", "Attack"),
    ("A woman was beaten by drug traffickers in the market on Friday.", "Attack"),
    ("Police shot dead an alleged drug dealer during a raid on Friday.", "Attack"),
    ("Gunmen killed a journalist who had written about drug traffickers.", "Attack"),
])
def test_criminal_victims(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # remote violence met with fire in return, in its sentence or the next: a battle
    ("Militants threw a hand grenade at a police post in the market on Monday. The police responded with gunfire.",
     "Armed clash"),
    ("Rebels fired mortar shells at an army base near the river, and the soldiers returned fire.", "Armed clash"),
    # no fire in return: remote violence
    ("Militants threw a hand grenade at a police post in the market on Monday. Two officers were wounded.",
     "Grenade"),
])
def test_fire_returned(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ordinary people attacking someone over a private dispute, no armed party named: mob violence
    ("On Sunday, four men beat up a farmer with sticks over a land dispute in the village.", "Mob violence"),
    ("A shopkeeper was attacked and injured by his neighbours after an altercation over a parking space.",
     "Mob violence"),
    # a shooting, armed attackers, the police or clans make it no private quarrel
    ("A farmer was shot dead over a land dispute in the village on Sunday.", "Attack"),
    ("Gunmen attacked a trader over a business dispute in the market.", "Attack"),
    ("Police beat a vendor after an argument at the market.", "Attack"),
    # no dispute told: an attack
    ("On Sunday, four men beat up a farmer with sticks in the village.", "Attack"),
])
def test_private_disputes(top, text: str, expected: str) -> None:
    assert top(text) == expected


def test_rangers_are_an_armed_target(top) -> None:
    assert top("Separatists shot and killed two rangers near the border on Monday.") == "Armed clash"


@pytest.mark.parametrize(("text", "expected"), [
    # an ambush on people who are not armed is an attack on them
    ("Gunmen ambushed and killed four farmers on the road to the market.", "Attack"),
    ("Armed men ambushed an off-duty police officer outside his home.", "Attack"),
    # an ambush on armed people stays a battle
    ("Militants ambushed an army convoy near the town, killing two soldiers.", "Armed clash"),
])
def test_ambush_on_unarmed_people(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # executing captives is violence against civilians, by whomever
    ("Soldiers summarily executed three herders near the border on Sunday.", "Attack"),
    # fire from machine guns said to be heavy, with no fighting, is shelling
    ("On Monday, government forces fired machine guns, assumedly heavy, at rebel positions near the front line.",
     "Shelling/artillery/missile attack"),
])
def test_executions_and_heavy_fire(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # demonstrators arrested, counted, in a sentence after the protest: its intervention
    ("On Monday, teachers held a protest outside the ministry demanding unpaid wages. 12 arrested for breaking the "
     "curfew.", "Protest with intervention"),
    ("Dozens of surfers held a demonstration on the beach demanding access to the sea. Several arrests were made.",
     "Protest with intervention"),
    # the arrest of the one person they protest about stays their grievance
    ("Students held a sit-in outside the court on Monday. Their leader was arrested last week.", "Peaceful protest"),
])
def test_demonstrators_arrested_after_the_protest(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # road-blocking with barricades is a violent demonstration (the codebook's example)
    ("On Monday, traders barricaded the main road into the town and demonstrated to demand the reopening of the "
     "market.", "Violent demonstration"),
    ("Hundreds of residents demonstrated outside the town hall on Monday. Roads were barricaded with stones.",
     "Violent demonstration"),
    # barricading themselves into an office is a sit-in
    ("Teachers barricaded themselves into an office of the ministry to protest against unpaid salaries.",
     "Peaceful protest"),
])
def test_barricades(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people named by their nation clashing with soldiers, no weapons named: a mob, not a side in a battle
    ("On Monday, clashes erupted between Palestinians and Israeli forces at the entrance of the camp.", "Mob violence"),
    # weapons named make it a battle
    ("On Monday, Kurds clashed with Turkish soldiers near the border, and two soldiers were shot dead.", "Armed clash"),
])
def test_a_people_against_the_forces(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an abduction whose victim the report says was killed, in another sentence: an attack
    ("On Sunday, armed men kidnapped a shopkeeper from his home. The next day his body was found by a river.",
     "Attack"),
    ("Gunmen abducted three farmers near the village on Monday. The victims were later killed.", "Attack"),
    # released, or nobody killed: an abduction
    ("Gunmen kidnapped two traders on the highway on Monday. They were released after a ransom was paid; nobody "
     "was killed.", "Abduction/forced disappearance"),
])
def test_abduction_victim_killed_later(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ordinary people acting together as a group, not armed: a mob
    ("On Friday, a group of shopkeepers attacked a man suspected of theft in the market.", "Mob violence"),
    ("A group of shopkeepers captured a suspected thief near the bus station and beat him.", "Mob violence"),
    # armed men, or the police, are no mob
    ("A group of armed men attacked a bus on the highway near the town.", "Attack"),
    ("Police arrested a suspected thief and beat him at the station.", "Attack"),
])
def test_a_group_of_people(top, text: str, expected: str) -> None:
    assert top(text) == expected



@pytest.mark.parametrize("text", [
    "Rebels killed two soldiers in an ambush near the town on Sunday. Separately, rebels kidnapped a teacher in "
    "a nearby village on Saturday.",
    "Three policemen died when their patrol hit a mine on Monday, officials said. In another incident, gunmen "
    "abducted a priest on the road to the market.",
])
def test_a_death_told_before_the_abduction_is_another_events(nlp, text: str) -> None:
    from eventcoder.analysis import Analysis
    from eventcoder.documents import Document
    from eventcoder.pipeline import PipelineConfig
    from eventcoder.stages import mentions

    analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
    mentions.create(PipelineConfig())(analysis)
    assert "Abduction/forced disappearance" in [m.sub_event_type for m in analysis.mentions]


@pytest.mark.parametrize(("text", "expected"), [
    # state forces burning property with no opponent and nobody hurt: property destruction, not a battle
    ("In Buea, soldiers raided a neighbourhood on Monday and burned several houses, residents said.",
     "Looting/property destruction"),
    ("Troops raided a market in Gao on Sunday and torched dozens of shops, witnesses said.",
     "Looting/property destruction"),
    ("Soldiers raided a district of Kumba on Friday and destroyed 30 houses, residents said.",
     "Looting/property destruction"),
    # people hurt: not property alone
    ("Soldiers raided a neighbourhood in Buea on Monday, killing two people and burning houses.", "Attack"),
    # an armed group's own property: an operation against the group
    ("Army commandos attacked Al-Shabaab hideouts near Jilib and destroyed them, the ministry said.", "Armed clash"),
])
def test_state_forces_burning_property_with_no_opponent(top, text: str, expected: str) -> None:
    assert top(text) == expected


@pytest.mark.parametrize("text", [
    # who tells the event at the end of the sentence is never its victim, though the parser joins them
    "Gang members rampaged through the suburb of Delmas on Tuesday night, killing at least 15 people and burning "
    "homes, police and human rights groups said.",
    "Armed men raided the town of Kirikiri on Monday, killing 11 villagers and torching homes, soldiers and local "
    "officials said.",
])
def test_the_closing_attribution_is_not_the_victims(top, text: str) -> None:
    assert top(text) == "Attack"


@pytest.mark.parametrize("text", [
    "Picketers clashed with police in Rajshahi on Sunday during the general strike, leaving 9 injured.",
    "During the shutdown on Monday, picketers clashed with police in Sylhet, leaving several people hurt.",
])
def test_picketers_clashing_with_police_riot(top, text: str) -> None:
    assert top(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Villagers occupied the offices of a mining company in Cajamarca on Monday, demanding compensation.",
    "Hundreds of students occupied the rector's office in Arequipa on Monday, demanding the reinstatement of "
    "dismissed teachers.",
    "Workers occupied the factory in Izmir on Monday in protest at unpaid wages.",
])
def test_unarmed_people_occupying_land_or_a_building_protest(top, text: str) -> None:
    assert top(text) == "Peaceful protest"


@pytest.mark.parametrize("text", [
    "Troops responding to reports of extortion by the rebels encountered about 30 fighters near the village.",
    "Police acting on allegations of looting by the militia raided a warehouse in the town.",
])
def test_what_was_reported_to_someone_is_not_its_own_event(nlp, text: str) -> None:
    from eventcoder.analysis import Analysis
    from eventcoder.documents import Document
    from eventcoder.pipeline import PipelineConfig
    from eventcoder.stages import mentions

    analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
    mentions.create(PipelineConfig())(analysis)
    assert "Looting/property destruction" not in [m.sub_event_type for m in analysis.mentions]


@pytest.mark.parametrize("text", [
    "The general strike passed off largely peacefully on Monday, though youths torched three buses in Kathmandu's "
    "Kalanki area and picketers clashed with police in Pokhara.",
    "The shutdown called by the opposition was largely peaceful on Sunday, though activists set fire to a lorry in "
    "Khulna and picketers clashed with police in Barisal.",
])
def test_each_crowds_violence_in_a_strikes_sentence_is_a_violent_demonstration(nlp, text: str) -> None:
    from eventcoder.analysis import Analysis
    from eventcoder.documents import Document
    from eventcoder.pipeline import PipelineConfig
    from eventcoder.stages import mentions

    analysis = Analysis(document=Document(id="t", text=text), doc=nlp(text))
    mentions.create(PipelineConfig())(analysis)
    assert [m.sub_event_type for m in analysis.mentions] == ["Violent demonstration", "Violent demonstration"]


@pytest.mark.parametrize("text", [
    "Gunmen burned two buses at Nsukka on Monday.",
    "Unknown men set ablaze three minibuses at the park on Monday.",
    "Suspected separatists torched two lorries and a tanker on the highway on Monday.",
])
def test_vehicles_set_ablaze_are_property_destroyed(top, text: str) -> None:
    assert top(text) == "Looting/property destruction"
