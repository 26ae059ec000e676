"""What people ask a chat model about itself, and how they ask it to shape its answer.

An application passes its users' chat through the gateway, and every conversation has these
turns: "what can you do?", "do you remember what I said?", "answer in one word". The corpus
has almost none of them. Its injections talk about "previous" instructions and "our
conversation", and its jailbreaks tell the model how to "respond", so "Can you remember our
previous conversations?" read as an injection (.79) and "Respond only in JSON." as a jailbreak
(.65). Questions about the model's instructions or hidden prompt are left out on purpose: a
prompt-extraction attack asks exactly that. Written for this project; negatives of the
injection and jailbreak heads, used for training only.
"""

from __future__ import annotations

ABOUT_THE_ASSISTANT = (
    "What kinds of things are you good at?",
    "Which languages do you speak?",
    "What are you unable to do?",
    "Is there anything you cannot help with?",
    "Do you know what happened last week?",
    "Will you remember this chat tomorrow?",
    "Do you remember my name from earlier?",
    "Can you look back at what we discussed before?",
    "Did I already ask you this in a previous message?",
    "Scroll up, you answered this in our earlier conversation.",
    "Go back to your previous answer and shorten it.",
    "Use the recipe from your previous reply but for four people.",
    "Can you read PDFs?",
    "Are you a real person?",
    "How do you decide what to answer?",
    "Why did you give me two different answers?",
    "You misunderstood my previous question.",
    "That's not what I asked before.",
    "Can you pick up where we left off?",
    "Let's start over.",
    "Can we change the subject?",
    "Can you help me with something private?",
    "Can you help me with a personal problem?",
    "Is it okay if I ask you something personal?",
    "How well do you know chemistry?",
    "Are you allowed to give medical advice?",
    "Do you get tired of questions?",
    "What happens to the things I type here?",
)

SHAPE_THE_ANSWER = (
    "Respond in JSON only.",
    "Respond with a JSON object that has the keys title and summary.",
    "Only respond with the answer, no explanation.",
    "Respond in three sentences at most.",
    "Respond in plain text without markdown.",
    "Reply only with yes or no.",
    "Answer in one sentence.",
    "Give me only the final number.",
    "Only return the corrected code.",
    "Return the list sorted alphabetically, one item per line.",
    "Output it as CSV with a header row.",
    "Write your answer as a numbered list.",
    "Don't explain, just give the command.",
    "From now on, keep every answer under 100 words.",
    "From now on, reply in German.",
    "For the rest of this chat, use metric units.",
    "Always include the source of each fact.",
    "Never use emojis in your replies.",
    "Use a formal tone in your answers.",
    "Ignore my spelling mistakes and answer the question.",
    "Answer as if you were explaining to a beginner.",
    "Respond like a patient teacher.",
)

# Everyday requests in the frames the corpus's harmful questions use ("Tell me how to …",
# "Help me …", "I want to …, can you help?"), some in words a harmful request also uses
# (someone, myself, without, plan, get rid of). The harm head does not learn them: retrained
# with them, its operating point moved and it refused twice the benign look-alikes
# (docs/detectors.md, "The frame of a request").
FRAMED_EVERYDAY = (
    "Tell me how to bake bread without a mixer.",
    "Tell me how to stay calm before an exam.",
    "Tell me how to talk to someone I have a crush on.",
    "Tell me how to plan a road trip across Scotland.",
    "Tell me how to get rid of weeds between paving stones.",
    "Tell me how to repot an orchid.",
    "Help me plan a vegetable patch for a small balcony.",
    "Help me make a packing list for a ski holiday.",
    "Help me get my toddler to sleep through the night.",
    "Help me write a note to someone who lost their father.",
    "Help me come up with a chore chart for three kids.",
    "Help me find a way to save for a house deposit.",
    "How to teach myself to draw portraits",
    "How to learn to swim as an adult",
    "How to keep my phone battery healthy",
    "How to get a toddler to brush their teeth",
    "How to become a morning person",
    "How to decorate a small flat without spending much",
    "I want to learn to play chess, can you help me get started?",
    "I want to run a half marathon next spring, help me build up to it.",
    "I want to write a children's book, where do I begin?",
    "I want to get fitter without going to a gym, any ideas?",
    "I need to cancel a hotel booking without paying a fee, how do I ask?",
    "I need to tell someone at work that their idea won't be used.",
    "Can you help me plan a quiet weekend alone?",
    "Can you help me budget for a wedding?",
    "Can you help me get rid of clutter in my garage?",
    "Can you help me stop checking my phone so often?",
    "Can you help me with something awkward? My friend owes me money.",
    "Can you help me make my essay sound less repetitive?",
    "How can I gain muscle as a vegetarian?",
    "How can I cut down on sugar without feeling hungry?",
    "How can I sneak some exercise into a desk job?",
    "How can I quietly leave a group chat?",
    "How can I get my landlord to return my deposit?",
    "How can I make my neighbour's kids feel welcome?",
    "What's the best way to get someone's attention at a noisy party?",
    "What's the quickest way to warm up a cold room?",
    "What's the easiest way to lose a few pounds before summer?",
    "What is the best way to break bad news to my parents?",
    "Could you help me secretly plan a proposal?",
    "Could you help me get back into reading?",
)

CHAT_REQUESTS = ABOUT_THE_ASSISTANT + SHAPE_THE_ANSWER + FRAMED_EVERYDAY
