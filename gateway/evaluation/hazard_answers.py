"""Benign answers that name a hazard, for the harmful-answer head to learn what an answer
does, not which words it uses.

The answer corpus's benign rows (Arena-Hard, TruthfulQA, MT-Bench, Self-Instruct, refusals)
rarely name a weapon, a drug or a killing, and its harmful rows nearly always do, so both
answer models learned the topic: held out, a quarter of ordinary answers that mention one
(stopping a process, first aid, war history, a game boss) were withheld. These answers name
a hazard and help nobody cause harm: they protect, treat, explain, recount, use the word in
another sense or refuse. Written for this project on 2026-12-06 by walking the hazard families of
`hazard_lexicon`; used for training only, never scored, and kept apart from the over-refusal
cases in `policies/tests/` (a test checks for near copies).
"""

# ruff: noqa: E501 - one answer per line reads better than wrapped fragments

from __future__ import annotations

COMPUTING = (
    "The out-of-memory killer picked your database because it used the most memory when the machine ran out. Give the container a memory limit, lower the database's buffer settings, or add swap, and set oom_score_adj on processes you want the kernel to spare.",
    "A zombie process has already exited but its parent never collected its exit status. You cannot kill a zombie itself; kill or fix the parent, or it will be reaped by init once the parent exits.",
    "To terminate every instance in the test account at the end of the day, tag them with env=test and run a scheduled job that lists instances with that tag and calls the terminate API on them. Protect production with termination protection so a wrong tag cannot take it down.",
    "Use `timeout 30s ./script.sh` to kill the script if it runs longer than thirty seconds. The command sends SIGTERM first; add `-k 5s` to follow it with SIGKILL if the script ignores the first signal.",
    "The shell executes each line of the Makefile recipe in its own subshell, so a `cd` on one line does not affect the next. Join the commands with `&&` on one line, or set `.ONESHELL:` to run the whole recipe in a single shell.",
    "To abort a merge that went wrong, run `git merge --abort`, which puts the branch back where it was before the merge started. If you already committed the merge, `git reset --hard ORIG_HEAD` undoes it, but only do that if you have not pushed.",
    "The thread hangs because it waits on a lock that the main thread holds while it waits for the thread to finish: a deadlock. Release the lock before joining, or use a timeout on the join and log which lock each thread holds.",
    "A denial-of-service against your API is best absorbed upstream: put it behind a CDN or load balancer with rate limiting, cache the expensive responses, and set per-client quotas so one caller cannot exhaust the workers.",
    "To wipe a disk before selling a laptop, use the drive's built-in secure erase from the firmware setup or `nvme format --ses=1` for NVMe drives. Overwriting with zeros is not reliable on SSDs because of wear levelling.",
    "The injection flaw is in the login query, which pastes the username into the SQL string. Switch to parameterised queries so the database treats the input as data, and add a test that logs in with a quote in the name.",
    "Your fuzzer found a crash because the parser trusts the length field in the header. Check the length against the remaining buffer before copying, then add the crashing input to the regression corpus so it stays fixed.",
    "If a cron job keeps spawning copies of itself, wrap it with `flock -n /tmp/job.lock` so a new run exits at once while the previous one is still going, then find out why the job takes longer than its interval.",
    "To purge the CDN cache after a bad deploy, call the provider's purge endpoint for the affected paths, or purge everything if the HTML references assets that changed. Purges take a minute to reach every edge location.",
    "Kubernetes evicts pods when a node runs short of memory or disk. Set resource requests so the scheduler places pods sensibly, and use a PodDisruptionBudget so voluntary evictions never take down every replica at once.",
    "The payload field of the webhook holds the event as JSON. Verify the signature header with your shared secret before you parse the payload, and reject requests whose timestamp is more than five minutes old.",
)

GAMES_SPORT_HOBBIES = (
    "In chess, the quickest way to kill a king's attack is to trade the queens. Once they are off the board, your opponent's sacrifices stop working and your better pawn structure decides the endgame.",
    "To beat the dragon in the last dungeon, bring fire resistance potions, attack its hind legs to make it fall, and hit its head while it is down. Ranged characters should stay behind the pillars during its breath attack.",
    "A good penalty taker picks a side before the run-up and strikes low and hard towards the corner. Keeping the head down over the ball stops the shot from flying over the bar.",
    "For clay pigeon shooting, keep both eyes open, mount the gun to your cheek the same way every time, and keep the barrels moving through the target as you pull the trigger. Always wear ear and eye protection on the range.",
    "In fencing, a counter-attack only scores if it lands before the opponent's attack under right of way. Beginners do better with a parry and riposte, which is safer and easier to referee.",
    "To shoot the moon in Hearts, you need to take every heart and the queen of spades. Try it only with several high hearts and control of the spades, because failing leaves you with most of the points.",
    "For archery, anchor the string at the same spot on your face every shot, breathe out halfway and release by relaxing your fingers rather than opening them. Consistency matters more than strength.",
    "In boxing training, throw the jab from the shoulder and bring it straight back to guard your face. Shadow box in front of a mirror before you hit the heavy bag so bad habits do not set in.",
    "The sniper class in that game is strong at long range but weak up close, so position yourself on high ground with an escape route and switch to your pistol when enemies rush you.",
    "To blow glass safely, wear clear eye protection, keep the pipe turning so the gather stays centred, and never touch the end that has been in the furnace. Beginners should start in a supervised studio.",
)

MEDICINE_AND_FIRST_AID = (
    "A snake bite victim should keep still and calm, keep the bitten limb below the heart and remove rings or tight clothing before swelling starts. Do not cut the wound, suck out venom or apply a tourniquet. Get to hospital, where antivenom can be given if needed.",
    "Heat stroke is an emergency. Move the person into shade, call for help, and cool them as fast as you can with cold water on the skin and fanning, or ice packs in the armpits and groin. Do not give fluids if they are confused.",
    "Warfarin thins the blood, so bleeding gums, unusual bruising or blood in the urine are reasons to call your doctor. Avoid large changes in leafy green vegetables and check with a pharmacist before taking painkillers such as ibuprofen.",
    "A tension pneumothorax after a chest injury causes worsening breathlessness and a shift of the windpipe. It needs emergency needle decompression by a paramedic or doctor, so call an ambulance and keep the person sitting up.",
    "Lethal doses matter in medicine because the therapeutic window of some drugs, such as digoxin and lithium, is narrow. Doctors monitor blood levels and adjust the dose to kidney function so that patients stay in the safe range.",
    "For a suspected stroke, remember FAST: face drooping, arm weakness, speech difficulty, time to call emergency services. Note when the symptoms started, because clot-busting treatment works only within a few hours.",
    "If someone is choking and cannot cough or speak, give up to five sharp back blows between the shoulder blades, then up to five abdominal thrusts. Alternate the two until the object comes out or the person becomes unresponsive, then start CPR.",
    "Morphine is used in palliative care to relieve pain and breathlessness. Doses are started low and raised gradually; constipation is a common side effect and is prevented with a regular laxative.",
    "A dog bite that breaks the skin should be washed for several minutes under running water and covered with a clean dressing. See a doctor if it is deep, on the hand or face, or if you are not sure the dog is vaccinated against rabies.",
    "Alcohol withdrawal can be dangerous for heavy drinkers, causing seizures or delirium. Anyone who drinks a lot every day should cut down with medical help, often with a short course of medication, rather than stopping suddenly on their own.",
    "Mushroom poisoning from death caps may cause no symptoms for six to twelve hours, then vomiting and later liver failure. Anyone who may have eaten a wild mushroom they are not sure of should go to hospital and bring a sample.",
    "After a bee sting, scrape the sting out with a fingernail or card, wash the area and apply a cold compress. Call emergency services if the person has swelling of the lips or throat, wheezing or feels faint, and use their adrenaline pen if they carry one.",
)

SAFETY_AND_CHEMISTRY = (
    "Lithium batteries can catch fire if they are damaged or overcharged. Do not charge them overnight on a bed or sofa, stop using any battery that swells or gets hot, and take old ones to a recycling point rather than the household bin.",
    "If you smell gas at home, do not switch lights on or off or use anything that could spark. Open doors and windows, turn off the gas at the meter if you can, leave the building and call the gas emergency number from outside.",
    "Thermite is used to weld railway tracks because the reaction between aluminium powder and iron oxide produces molten iron. Teachers demonstrate it only outdoors with a large safety distance, because the heat cannot be put out with water.",
    "Fireworks should be lit at arm's length with a taper, and you should never go back to one that failed to go off. Keep a bucket of water nearby and keep pets indoors.",
    "Grain dust in a silo can explode if it is suspended in the air and meets a spark. Farms prevent this with good ventilation, regular cleaning, grounded equipment and a ban on hot work near the storage.",
    "Nitroglycerin is both an explosive and a heart medicine. In small doses under the tongue it widens the blood vessels and relieves angina, which is why people with heart disease carry the tablets or spray.",
    "Hydrofluoric acid is especially dangerous because it passes through skin and binds calcium in the body. Labs that use it keep calcium gluconate gel at hand and train staff to wash and apply it immediately after a splash.",
    "To put out a chip pan fire, turn off the heat if it is safe and cover the pan with a fire blanket or damp tea towel. Never throw water on it, which makes the burning oil explode out of the pan.",
    "Radon is a radioactive gas that seeps into homes from the ground and is a leading cause of lung cancer in non-smokers. A cheap test kit tells you the level, and a sump with a fan under the floor lowers it.",
    "Asbestos is harmless while it is intact but releases fibres when it is drilled, sanded or broken. If you suspect it in an old building, have a sample tested and let a licensed contractor remove it.",
)

HISTORY_AND_SOCIETY = (
    "The Rwandan genocide of 1994 killed around 800,000 people in about a hundred days, most of them Tutsi. Radio broadcasts spread hatred and named targets, and the international community failed to intervene, which led to later reforms in how the UN responds to atrocities.",
    "The Manhattan Project brought together scientists at Los Alamos to build the first nuclear weapons. Many of them later campaigned for arms control, and the project's legacy includes both nuclear power and the long Cold War arms race.",
    "The Tokyo subway sarin attack in 1995 by the Aum Shinrikyo cult killed fourteen people and injured thousands. It led Japan to tighten laws on religious organisations and improved emergency planning for chemical incidents around the world.",
    "The Troubles in Northern Ireland lasted about thirty years and claimed more than 3,500 lives in bombings and shootings. The Good Friday Agreement of 1998 set up power sharing and ended most of the violence.",
    "Prohibition in the United States banned alcohol from 1920 to 1933. It gave rise to bootlegging and organised crime, and its failure is often cited in debates about drug policy today.",
    "The assassination of Archduke Franz Ferdinand in Sarajevo in 1914 set off a chain of alliances and ultimatums that led to the First World War within weeks.",
    "The Oklahoma City bombing in 1995 killed 168 people, including children in a daycare centre. It was the deadliest act of domestic terrorism in US history and led to new security standards for federal buildings.",
    "Smallpox killed hundreds of millions of people before a global vaccination campaign eradicated it in 1980. It remains the only human disease to have been wiped out, and the last samples are held in two secure laboratories.",
    "The Salem witch trials of 1692 led to the execution of twenty people. Historians point to fear, local feuds and the acceptance of spectral evidence, and the trials became a lasting warning against mass hysteria.",
    "Agent Orange was a herbicide sprayed by the US military during the Vietnam War. Its dioxin contamination has been linked to cancers and birth defects, and clean-up and compensation programmes continue today.",
)

FICTION_AND_MEDIA = (
    "In Macbeth, the murder of Duncan happens offstage, and Shakespeare shows us only Macbeth's bloody hands and his guilt. The play is less about how the killing is done than about how ambition and guilt destroy the killers.",
    "Breaking Bad follows a chemistry teacher who turns to making drugs, but the show never works as a recipe; it is a study of pride and how a person justifies each step into violence.",
    "For a thriller chapter, you could open with the detective arriving at the scene after the bomb has gone off, and let the tension come from the race to find the second device before the deadline, revealed through the suspect's notes.",
    "Agatha Christie worked in a hospital dispensary, which is why poisons appear so often in her novels. She described their effects accurately, and one reader even recognised thallium poisoning in a real patient thanks to The Pale Horse.",
    "In the heist film the crew never shows the safe being cracked in detail; the editing jumps from the plan to the aftermath, and the twist is that the inside man had swapped the diamonds days earlier.",
    "A war poem like Dulce et Decorum Est describes a gas attack through a dying soldier's choking to show the lie of glorious death. Owen wrote it from his own experience at the front.",
    "For your horror story, the killer can stay mostly unseen: footsteps upstairs, a door that was closed now open, a phone call from inside the house. What the reader imagines is more frightening than what you describe.",
    "The villain's plan in the film is to poison the city's water supply, but the script keeps the science vague and focuses on the hero's race to evacuate the hospital and stop the release.",
)

LAW_AND_POLICING = (
    "Money laundering is usually described in three stages: placement, layering and integration. Banks detect it by watching for cash deposits just below reporting limits, rapid transfers between accounts and payments that do not match a customer's business.",
    "Stalking is a crime in most countries. Keep a record of every incident with dates, screenshots and witnesses, report it to the police, and ask about a protective order. Support organisations can help you plan for your safety.",
    "In many legal systems, murder requires intent to kill or cause serious harm, while manslaughter covers killings without that intent, such as by gross negligence. Sentences differ greatly between the two.",
    "Police investigate arson by finding the point of origin, looking for accelerants with trained dogs and lab tests, and checking for motives such as insurance fraud. Fire investigators can often tell an accidental electrical fire from a deliberate one.",
    "If you think your partner is tracking your phone, check which apps have location access and look for unknown device management profiles. A domestic violence helpline can help you plan before you remove stalkerware, because removing it may alert the abuser.",
    "Identity theft victims should freeze their credit with the bureaus, report the fraud to the police and their bank, change passwords and turn on two-factor authentication. Keep copies of every report, as you may need them to dispute debts.",
    "Customs officers find smuggled drugs with sniffer dogs, X-ray scanners and risk profiling of shipments. Most seizures come from intelligence about a particular container rather than random checks.",
    "Human trafficking victims may have their documents taken, owe an impossible debt to their employer, and be unable to move freely. If you suspect trafficking, call the national hotline rather than confronting anyone yourself.",
)

SECURITY_DEFENCE = (
    "A keylogger can be hardware or software. To protect shared computers, check for unknown USB devices between the keyboard and the port, keep endpoint protection up to date, and use multi-factor authentication so a stolen password alone is useless.",
    "To protect your organisation from credential stuffing, require multi-factor authentication, block passwords that appear in breach lists, rate-limit login attempts per account and per address, and alert users when a new device signs in.",
    "Malware analysts study samples in an isolated virtual machine with no network access, snapshot it before each run and compare the system before and after. Never analyse a sample on a machine connected to your company network.",
    "A botnet takedown usually targets its command-and-control servers. Researchers sinkhole the domains the bots contact, then notify the owners of infected machines through their internet providers.",
    "To detect data exfiltration, monitor for unusually large uploads, connections to new destinations outside business hours and DNS queries with long random subdomains. A data loss prevention tool can block files labelled confidential from leaving.",
    "Spear phishing emails often reference a real project or colleague. Train staff to confirm unusual requests, especially payment changes, by calling the person on a known number, and set up DMARC so attackers cannot spoof your own domain.",
    "Zero-day vulnerabilities are flaws the vendor does not yet know about. You cannot patch them, so defence in depth matters: least privilege, network segmentation, application allow-listing and monitoring that spots unusual behaviour.",
    "Penetration testers need a signed scope and rules of engagement before they start. The report should explain each vulnerability, how it was confirmed and how to fix it, ranked by the risk to the business.",
    "If your site was defaced, take it offline, restore from a known good backup, and rotate every password and key the server used. Then find how the attacker got in, often an outdated plugin, before you bring it back.",
    "Cryptojacking malware uses your computer to mine cryptocurrency. Signs are fans running constantly and high CPU use with nothing open. Browser extensions that block mining scripts and endpoint protection can stop it.",
)

HARM_REDUCTION_AND_SUPPORT = (
    "If you are going to use drugs at a festival, test them first with a reagent kit or a drug checking service, start with a small amount, stay with friends, drink water in moderation and know where the medical tent is.",
    "Fentanyl test strips can show whether a drug contains fentanyl. A negative result does not guarantee safety, so never use alone, carry naloxone and start with a small dose.",
    "If a friend tells you they are thinking about suicide, take it seriously, stay with them, and ask directly whether they have a plan. Remove access to means if you can, and contact a crisis line or emergency services together.",
    "Self-harm is often a way of coping with overwhelming feelings. A GP or counsellor can help find other ways to cope, and in the moment things like holding ice, tearing paper or going for a fast walk help some people get through the urge.",
    "Needle exchange programmes reduce HIV and hepatitis C among people who inject drugs without increasing drug use. They also connect people with treatment and testing.",
    "Someone who wants to stop using opioids can ask a doctor about methadone or buprenorphine, which reduce cravings and withdrawal and cut the risk of overdose death by about half.",
    "If you are being abused at home, you can call a domestic violence helpline at any time. They can help you make a safety plan, find a refuge and understand your legal options, whether or not you decide to leave.",
    "Gambling addiction can be helped with self-exclusion from betting sites, blocking software, handing control of your money to someone you trust for a while, and support groups or cognitive behavioural therapy.",
)

NATURE_FARM_KITCHEN = (
    "To slaughter a chicken humanely on a small farm, restrain the bird calmly in a killing cone and cut both carotid arteries with a very sharp knife so it loses consciousness within seconds. Learn from an experienced person first.",
    "Foxes kill chickens mostly at dawn and dusk. A coop with a solid floor, wire buried around the run and doors shut every evening protects them better than any trap.",
    "Culling deer is part of managing forests where they have no natural predators. Licensed stalkers shoot selected animals in season, and the venison is usually sold locally.",
    "Weed killers containing glyphosate should be sprayed on a still, dry day and kept away from ponds and children's play areas. For small gardens, pulling weeds and mulching avoid chemicals altogether.",
    "Rat poison works by stopping the blood from clotting, and pets that eat it or a poisoned rat can bleed internally days later. Use tamper-resistant bait stations, and call a vet immediately if you suspect your pet ate some.",
    "To kill bacteria on a chopping board used for raw meat, wash it with hot soapy water and then sanitise it with a diluted bleach solution, rinsing afterwards. Keep separate boards for meat and vegetables.",
    "Poisonous berries such as yew, deadly nightshade and holly are common in gardens. Teach children never to eat anything they pick without asking an adult, and keep a photo of your plants to show a doctor if needed.",
    "Pufferfish contains tetrodotoxin, so in Japan only licensed chefs may prepare fugu. They train for years to remove the toxic organs, and home preparation is strongly discouraged.",
)


# Refusals that name what they refuse and point somewhere safe: the answer models read them as
# the harmful answers they decline, and the gateway would send its own error in their place.
REFUSALS = (
    "I can't help with making a weapon that could hurt people. If you are interested in how explosives are handled safely, mining and demolition engineers publish safety guides, and I am happy to talk about those.",
    "I won't give instructions for breaking into someone else's phone. If you are locked out of your own device, the manufacturer's support page explains how to prove ownership and reset it.",
    "Sorry, I can't explain how to synthesise that drug. If you or someone you know is struggling with drug use, a local addiction service or helpline can offer confidential support.",
    "I'm not able to help you track your partner without their knowledge; covert tracking is illegal in many places and often part of abuse. If you are worried about the relationship, a counsellor can help you talk it through.",
    "I can't write malware or ransomware. If you want to learn security, legal practice platforms such as capture-the-flag competitions let you attack systems built for that purpose.",
    "I won't help with poisoning anyone. If you are feeling angry enough to hurt someone, please talk to someone you trust or a crisis line, and if a person has been poisoned, call emergency services now.",
    "I can't assist with laundering money or hiding it from the authorities. An accountant or tax adviser can help you structure income legally.",
    "Sorry, but I can't create a phishing email. If you are running an authorised awareness exercise, your security team's training platform provides approved templates.",
    "I'm not going to describe how to obtain a gun illegally. If you want to own a firearm, your local police can explain the licensing process and the safety course required.",
    "I can't help plan an attack on any group of people. If you know of a threat of violence, please report it to the police.",
    "I won't write content that encourages self-harm. If you are having thoughts of hurting yourself, you deserve support: please contact a crisis line or someone close to you right now.",
    "I can't provide a way to get around the content filters, and I will keep following my guidelines. I'm glad to help with something else, though.",
    "I can't give step-by-step instructions for stealing a car. If your own car's key is lost, a dealer or an auto locksmith can cut a new one after you show the registration.",
    "Sorry, I can't help you get into an account that is not yours. If your own account was hacked, use the provider's recovery form and turn on two-factor authentication afterwards.",
    "I'm unable to help make fake identity documents. If you have lost your passport, the passport office explains how to report it and apply for a replacement.",
    "I won't write hateful messages about any group. If you'd like, I can help you write a respectful argument about the policy you disagree with.",
    "I can't help with culturing dangerous pathogens. If you are studying microbiology, your institution's biosafety officer can explain the containment rules for the organisms you may work with.",
    "I'm not able to explain how to stalk someone. If someone is stalking you, keep a record of each incident and contact the police or a stalking helpline.",
    "I can't tell you how much of a medication would kill someone. If you or someone else may have taken too much, call poison control or emergency services immediately.",
    "Sorry, I won't help with blackmail. If someone is threatening to share your private images, do not pay; save the messages and report it to the police and the platform.",
)


def hazard_answers() -> tuple[str, ...]:
    """Every written benign answer that names a hazard."""
    return (
        COMPUTING
        + GAMES_SPORT_HOBBIES
        + MEDICINE_AND_FIRST_AID
        + SAFETY_AND_CHEMISTRY
        + HISTORY_AND_SOCIETY
        + FICTION_AND_MEDIA
        + LAW_AND_POLICING
        + SECURITY_DEFENCE
        + HARM_REDUCTION_AND_SUPPORT
        + NATURE_FARM_KITCHEN
        + REFUSALS
    )
