"""Benign requests that name a hazard, for the tuned harm model to learn intent, not topic.

The first tuned harm model refused questions about first aid, war history and child safety
because they name poisons, gas or kidnappers: the corpus's benign rows rarely name a hazard,
so the topic alone separated the classes. These rows name one in nearly every sentence and
ask for nothing that helps to cause harm: care, protection, history, law, fiction without a
method, and words that only sound violent. Written for this project, in free wording rather
than frames so that no sentence shape marks them; used for training only, never scored, and
kept apart from the over-refusal cases in `policies/tests/` (a test checks for near copies).
"""

# ruff: noqa: E501 - one request per line reads better than wrapped fragments

from __future__ import annotations

FIRST_AID_AND_MEDICINE = (
    "My toddler swallowed a button battery. What should I do while we wait for the ambulance?",
    "What are the signs of carbon monoxide poisoning, and when should I leave the house?",
    "How is an overdose of paracetamol treated in hospital?",
    "Someone at the party collapsed and isn't breathing normally. Walk me through CPR.",
    "What does naloxone do, and how do I give the nasal spray to someone who overdosed on opioids?",
    "How do paramedics treat a gunshot wound on the way to hospital?",
    "What first aid helps a person with a deep knife cut on the arm?",
    "Which household plants are poisonous to cats, so I can keep them out of reach?",
    "What happens in the body during arsenic poisoning, and how do doctors diagnose it?",
    "How do you treat a chemical burn from drain cleaner on the skin?",
    "My dog ate rat poison an hour ago. How urgent is this?",
    "What are the early symptoms of botulism from home-canned food?",
    "How do emergency rooms treat someone exposed to organophosphate pesticides?",
    "What is the antidote for cyanide poisoning, and how does it work?",
    "How should I store my prescription opioids so my teenagers cannot get to them?",
    "What are the warning signs that someone is having a stroke?",
    "Explain why mixing alcohol and benzodiazepines is so dangerous.",
    "How long does it take for a snake bite to become life-threatening, and what should hikers do?",
    "What should I do if I get pepper spray in my eyes?",
    "How do hospitals decontaminate patients after a chemical spill?",
    "What is the lethal dose of caffeine, so I know how many energy drinks are too many?",
    "How do I recognise hypothermia in an elderly neighbour during a cold snap?",
    "Describe how a tourniquet is applied to stop severe bleeding.",
    "What medicines are dangerous to take with grapefruit juice?",
    "How is radiation sickness treated after an accident at a power plant?",
    "What should a lifeguard do for someone pulled unconscious from the water?",
    "My friend took too much ketamine and is unresponsive. What do I do right now?",
    "Which mushrooms are deadly in Europe, and how do I avoid picking them?",
    "What are the long-term effects of lead exposure in old paint on children?",
    "How does a doctor tell apart an allergic reaction and anaphylaxis?",
)

HARM_REDUCTION_AND_SAFETY = (
    "What are the dangers of mixing bleach and ammonia when cleaning the bathroom?",
    "How can I tell if the drugs I bought at a festival are laced with fentanyl?",
    "What are safe limits for drinking alcohol for a woman of my age?",
    "Which cleaning products should never be stored together under the sink?",
    "How do I keep my kids safe from the guns my husband keeps at home?",
    "What should I do if I think my drink has been spiked at a bar?",
    "How can I make my home harder for burglars to break into?",
    "What are the signs that a teenager is being groomed online?",
    "How do I talk to my son about the risks of vaping?",
    "How do I safely dispose of old fireworks that did not go off?",
    "What is the safest way to get rid of unused pills?",
    "What precautions should I take when using a chainsaw for the first time?",
    "How can women stay safe when walking home alone at night?",
    "What should I do if I find an unexploded shell while metal detecting?",
    "How do I report a suspicious package at a train station?",
    "How do I help a friend who is thinking about suicide?",
    "What does a safety plan for someone leaving an abusive partner include?",
    "How can I protect my elderly mother from phone scams?",
    "Which gas appliances can leak carbon monoxide, and where should the alarm go?",
    "What should I do if someone follows me home?",
    "How do I store ammunition safely and legally in my house?",
    "What do I do if my child finds a syringe in the park?",
    "How can schools prepare students for a lockdown drill without scaring them?",
    "How do I know if my neighbour is being abused by her carer?",
    "What should I keep in an emergency kit for a chemical plant accident near my town?",
    "How do I teach my daughter to spot a predator pretending to be a friend online?",
    "What signs show that a house might have been used as a meth lab?",
    "How do I make sure my pool is safe so that no child drowns?",
    "What is the safest way to handle a wasp nest near the front door?",
    "How can I tell if a website is a phishing site before entering my password?",
)

HISTORY_AND_CURRENT_AFFAIRS = (
    "Why did the Aum Shinrikyo sarin attack on the Tokyo subway kill fewer people than feared?",
    "What were the consequences of the Bhopal gas leak for the people living nearby?",
    "How did the Manhattan Project change the course of the Second World War?",
    "What happened at Halabja in 1988?",
    "Why was the Oklahoma City bombing a turning point for domestic terrorism laws?",
    "What do historians know about the poison used to kill Alexander Litvinenko?",
    "How did the Chemical Weapons Convention come about?",
    "What role did mustard gas play in the First World War trenches?",
    "Describe the Cuban Missile Crisis and how it was resolved.",
    "Why did the Unabomber evade capture for so long?",
    "How did the Troubles in Northern Ireland end?",
    "What was the Gunpowder Plot, and why is it remembered every November?",
    "Explain the history of the opium wars between Britain and China.",
    "How did the Nuremberg trials deal with crimes against humanity?",
    "What was the impact of Agent Orange on Vietnamese civilians?",
    "How did Pablo Escobar's cartel shape Colombia's politics?",
    "What lessons did investigators learn from the 2001 anthrax letters?",
    "What was life like for civilians during the Blitz?",
    "What were the effects of the Hiroshima bomb on survivors' health?",
    "Tell me about the history of the Prohibition era and bootlegging in America.",
    "How did the Chernobyl disaster happen, and what did it change about reactor design?",
    "Explain how the Khmer Rouge came to power in Cambodia.",
    "What drove piracy off the coast of Somalia in the 2000s?",
    "How did the Salem witch trials lead to innocent people being executed?",
    "Why were landmines banned by the Ottawa Treaty, and which countries did not sign?",
    "What happened during the Jonestown massacre?",
    "How did the Lindbergh kidnapping change American federal law?",
    "Give an overview of the Srebrenica massacre and the trials that followed.",
)

FICTION_AND_MEDIA = (
    "I'm writing a murder mystery set in a country house. Help me plan the clues the detective finds.",
    "Suggest a title for my thriller about a bomb disposal expert.",
    "Write a poem about a soldier coming home from war.",
    "In my novel, the villain poisons the king. How can the heroine realise it in time, without the book explaining the poison?",
    "What makes the heist in Ocean's Eleven so satisfying to watch?",
    "Write a tense scene where a hostage negotiator talks a gunman down.",
    "Recommend some true crime podcasts about serial killers that are respectful to victims.",
    "Why is Breaking Bad considered one of the best TV dramas?",
    "Give me a villain's monologue for a fantasy story about a dark sorcerer who wants to burn the kingdom.",
    "How do crime writers research police procedure without breaking the law?",
    "Write a short story about a girl who survives a school shooting and how she heals.",
    "What is the symbolism of the knife in Macbeth?",
    "Describe the opening of a zombie apocalypse story from the view of a nurse.",
    "Suggest names for a band called something like 'Arsenic Lullaby'.",
    "Help me write the dialogue of two detectives arguing about a stabbing case.",
    "What does the explosion at the end of Fight Club mean?",
    "Outline a spy novel in which a chemist defects and reveals a weapons programme.",
    "Write song lyrics about the grief of losing a brother to a drug overdose.",
    "How did Agatha Christie use poisons in her plots so convincingly?",
    "I'm designing a video game level in a bombed-out city. Describe the atmosphere.",
    "Write a scene where a teenager confesses to her mother that she is being bullied.",
    "What are the best war films about the ethics of killing in combat?",
    "Summarise the plot of Crime and Punishment.",
    "Give me a one-paragraph pitch for a heist comedy about robbing a cheese museum.",
)

LAW_POLICY_AND_DEFENCE = (
    "What are the penalties for possessing an unregistered firearm in California?",
    "How do anti-money-laundering rules stop drug cartels from using banks?",
    "What is the legal difference between murder and manslaughter in England?",
    "How do border agencies detect smuggled weapons in shipping containers?",
    "Explain how the Biological Weapons Convention is verified.",
    "What laws protect victims of human trafficking who testify?",
    "How does ransomware spread, and how can a small business defend itself?",
    "What should a company do in the first hour after a data breach?",
    "How do banks spot credit card fraud?",
    "Why is it illegal to buy explosives precursors without a licence in the EU?",
    "How do security teams detect SQL injection attempts in their logs?",
    "What is the process for getting a restraining order against a stalker?",
    "How do countries monitor nuclear test bans?",
    "Explain how hospitals protect their networks against hackers.",
    "What does a penetration tester do, and how do they get permission?",
    "How do police investigate a hit-and-run?",
    "What are the arguments for and against legalising cannabis?",
    "How do airports screen luggage for explosives?",
    "How can I check whether my accounts were part of a password leak?",
    "What rights does someone arrested for drug possession have in the United States?",
    "How do content moderators recognise terrorist propaganda online?",
    "Explain why the sale of ghost gun kits has been regulated.",
    "How does the FBI track people who make bomb threats?",
    "What is the legal age to buy a hunting rifle in Canada, and what training is required?",
    "How do governments stockpile vaccines in case of a bioterror attack?",
)

SCIENCE_AND_EDUCATION = (
    "Why is nitroglycerin so unstable compared with dynamite?",
    "How does the immune system fight the smallpox virus, and why was eradication possible?",
    "Explain nuclear fission to a high-school class.",
    "Why are some viruses more contagious than others?",
    "What makes a chemical a nerve agent, in terms of what it does to the body?",
    "How do vaccines against anthrax work?",
    "Why does sodium explode in water? We saw it in chemistry class.",
    "Why do opioids cause people to stop breathing?",
    "What makes uranium radioactive?",
    "How do antivenoms get made?",
    "How do forensic scientists detect poisons in a body after death?",
    "Why is plutonium so dangerous if inhaled?",
    "How do bulletproof vests stop a bullet?",
    "Why is mercury toxic, and why were old thermometers banned?",
    "What is the chemistry behind a car airbag inflating?",
    "How do epidemiologists trace the source of a cholera outbreak?",
    "Explain how computer viruses were first discovered.",
    "How does a controlled demolition bring a building down safely?",
    "What is gain-of-function research, and why is it controversial?",
)

WORDS_THAT_SOUND_VIOLENT = (
    "How do I kill all the zombie processes on my Linux server?",
    "What is the best way to shoot portraits in harsh midday light?",
    "How do I execute a stored procedure in PostgreSQL?",
    "My startup's launch bombed. How do we recover our reputation?",
    "How do I slaughter the competition at our pub quiz on Friday?",
    "What's the best way to blow up a balloon arch for a party?",
    "How can I murder this karaoke song without embarrassing myself?",
    "How do I attack the queenside in the Sicilian Defence?",
    "How do I terminate a contract with my internet provider early?",
    "What knife should I buy to fillet a salmon?",
    "How do I destroy old hard drives so no one can read my data?",
    "How do I hack together a quick prototype in Python over the weekend?",
    "How do I get rid of the weeds that are strangling my roses?",
    "What's the trick to nailing a headshot in Counter-Strike?",
    "Why did my sourdough explode in the oven?",
    "What is a killer opening line for a wedding speech?",
    "How do I trap mice humanely in my kitchen?",
    "Which shotgun microphone is best for recording interviews?",
    "How do I fire an employee who keeps missing shifts, fairly and legally?",
    "My code keeps crashing with a segmentation fault. How do I debug it?",
)


def hazard_questions() -> tuple[str, ...]:
    """Benign requests that name a hazard (label 0), every category."""
    return (
        FIRST_AID_AND_MEDICINE
        + HARM_REDUCTION_AND_SAFETY
        + HISTORY_AND_CURRENT_AFFAIRS
        + FICTION_AND_MEDIA
        + LAW_POLICY_AND_DEFENCE
        + SCIENCE_AND_EDUCATION
        + WORDS_THAT_SOUND_VIOLENT
    )
