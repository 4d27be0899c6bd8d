package org.attune.synth;

import java.util.Map;

/**
 * The generator's vocabulary: sentence templates with slots ({@code {person}}, {@code {topic}}, ...) for each
 * kind of moment — ordinary talk of either speaker, each 3RS rupture marker, each resolution strategy, the
 * patient's response to a resolution. Everything is invented for Attune; no real session is quoted.
 */
final class Phrases {

    private static final Map<String, String[]> SLOTS = Map.ofEntries(
            Map.entry("person", new String[] {"my sister", "my mother", "my father", "my partner", "my boss",
                "my brother", "my son", "my daughter", "my friend", "my colleague", "my ex", "my flatmate"}),
            Map.entry("them", new String[] {"your sister", "your mother", "your father", "your partner",
                "your boss", "your brother", "your son", "your daughter", "your friend", "your colleague"}),
            Map.entry("topic", new String[] {"work", "the move", "my mother's illness", "the divorce", "sleep",
                "money", "the exam", "the new job", "the holidays", "the wedding", "the kids", "my health",
                "the flat", "the court case", "my drinking"}),
            Map.entry("ytopic", new String[] {"work", "the move", "your mother's illness", "the divorce", "sleep",
                "money", "the exam", "the new job", "the holidays", "the wedding", "the kids", "your health"}),
            Map.entry("feeling", new String[] {"angry", "sad", "anxious", "guilty", "ashamed", "lonely", "tired",
                "tense", "hurt", "stupid", "numb", "overwhelmed", "relieved", "embarrassed"}),
            Map.entry("day", new String[] {"on Monday", "last weekend", "yesterday", "on Friday evening",
                "the other night", "on Sunday", "this morning", "after our last session", "at the weekend"}),
            Map.entry("place", new String[] {"at work", "at home", "in the car", "at my parents' place",
                "at the supermarket", "on the bus", "at the gym", "in the kitchen", "at a friend's party"}),
            Map.entry("activity", new String[] {"cleaning the flat", "going for a run", "cooking", "watching TV",
                "scrolling on my phone", "sleeping", "working late", "walking the dog", "playing games"}),
            Map.entry("goal", new String[] {"what you want from our sessions", "the sleep problem",
                "something practical for this week", "the situation at work", "how you look after yourself",
                "what happened this week"}));

    static final String[] PATIENT_TALK = {
        "{day} I was {place} and {person} said something about {topic}.",
        "I felt {feeling}, and then I just went quiet.",
        "It's been like that since {topic} started.",
        "I keep thinking about what {person} said.",
        "Most days I'm okay until the evening.",
        "Then I spent the whole evening {activity}.",
        "I didn't sleep much {day}.",
        "{person} called {day} and we ended up arguing again.",
        "I know it sounds small, but it really got to me.",
        "I tried to do what we talked about, with {topic}.",
        "Sometimes I feel {feeling} for no reason at all.",
        "It reminded me of when I was a kid.",
        "I just wanted someone to notice.",
        "{person} doesn't understand how hard {topic} has been.",
        "I was {feeling} the whole day after that.",
        "And then I thought, why do I always end up like this?",
        "It was better for a couple of days.",
        "I told {person} I needed some space.",
        "I didn't say anything, I just left.",
        "I think I was more {feeling} than I wanted to admit.",
        "There's a lot going on with {topic} right now.",
        "It's hard to explain.",
        "I ended up {activity} just to stop thinking.",
        "Part of me wanted to call {person}, part of me didn't.",
        "It's complicated.",
        "Honestly it was okay, mostly.",
    };

    /** Hedges that researchers search for; rare in ordinary talk, common just before a rupture. */
    static final String[] PATIENT_HEDGES = {
        "I don't know.",
        "I don't know, it's complicated.",
        "Honestly it was fine, mostly.",
        "Whatever, it doesn't matter.",
        "It's fine, I guess.",
        "I don't know if this is helping, to be honest.",
    };

    static final String[] THERAPIST_TALK = {
        "What did you feel when {them} said that?",
        "And what happened next?",
        "It sounds like you felt {feeling}.",
        "Can you tell me more about what happened {day}?",
        "How did you respond?",
        "So {ytopic} has been on your mind a lot.",
        "What was that like for you?",
        "You said you felt {feeling}. Where do you notice that?",
        "That sounds really difficult.",
        "What do you make of that?",
        "I'm struck by how much you've been carrying.",
        "When you think about it now, what comes up?",
        "It seems that part of you wanted something different.",
        "How does that connect with what you said about {ytopic}?",
        "Let's stay with that for a moment.",
        "What would you have wanted {them} to do?",
        "You went quiet after that. What was going on inside?",
        "That makes sense, given everything with {ytopic}.",
    };

    static final String[] THERAPIST_BACKCHANNEL = {"Mm-hm.", "Right.", "Okay.", "I see.", "Go on.", "Yes."};

    static final String[] THERAPIST_OPENING = {
        "How have things been since we last met?",
        "Where would you like to start today?",
        "Last time we talked about {ytopic}. How has that been?",
        "How are you today?",
    };

    static final String[] THERAPIST_CLOSING = {
        "We need to stop here for today. Let's pick this up next week.",
        "We're almost at time. What will you take away from today?",
        "Let's leave it there for today. Same time next week?",
    };

    static final String[] THERAPIST_PROBE = {
        "Hm. What do you mean?",
        "Can you say more?",
        "You seem a bit far away right now.",
        "Okay.",
        "I'm not sure I follow.",
    };

    static final String[] PATIENT_REPAIR = {
        "Yeah. I think that's true.",
        "Okay. Maybe.",
        "I hadn't thought of it that way.",
        "It's hard to say this, but yes, it did bother me.",
        "Thanks. That actually helps.",
        "I guess I was annoyed with you. A bit.",
        "Yes. That sounds better.",
        "Maybe. I can try.",
    };

    /** Rupture markers by 3RS 2015 code: what the patient says. */
    static final Map<String, String[]> MARKERS = Map.ofEntries(
            Map.entry("W1", new String[] {
                "No, it's fine. It doesn't bother me.",
                "I'm not upset about {topic}. Really, I'm fine.",
                "It's nothing. I don't know why I brought it up.",
                "I'm fine. Whatever, it doesn't matter."}),
            Map.entry("W2", new String[] {"Fine.", "I don't know.", "Maybe.", "Whatever.", "Okay.", "Not really.",
                "I guess.", "Fine, I suppose.", "I don't know. Fine."}),
            Map.entry("W3", new String[] {
                "It's just life, you know, things are how they are.",
                "People are like that in general, I don't know.",
                "Everyone has problems with {topic}, it's normal.",
                "That's just how relationships work, isn't it?"}),
            Map.entry("W4", new String[] {
                "Anyway, {topic} has been really busy, there's a new system and everybody is complaining.",
                "Oh, that reminds me, {person} is planning a trip and it's all a big drama.",
                "Anyway. Did I tell you about {topic}? It's a long story.",
                "Whatever. So {day} I was {place} and there was this whole thing with the neighbours."}),
            Map.entry("W5", new String[] {
                "You're right, you always know best.",
                "Whatever you think is best. I'm sure you're right.",
                "Sorry, I'm probably wasting your time with this.",
                "Yes, of course. That's a good point, sorry."}),
            Map.entry("W6", new String[] {
                "{person} left {day}, but it's fine, I'm laughing about it now.",
                "It was awful, really, but I don't feel anything about it. I'm fine.",
                "I lost the job. Anyway, it's fine, these things happen."}),
            Map.entry("W7", new String[] {
                "I'm hopeless at this. Nothing I do changes anything.",
                "I don't know why I bother. I always mess it up.",
                "It's my fault, it's always my fault.",
                "I don't know. I'm just not good at any of this."}),
            Map.entry("C1", new String[] {
                "You don't really listen to me.",
                "You sound exactly like {person}.",
                "I don't think you get it. You're not helping me.",
                "Sometimes I wonder if you even care."}),
            Map.entry("C2", new String[] {
                "No, that's not it at all.",
                "That doesn't make sense to me. It's not about {topic}.",
                "I tried that and it didn't work. This isn't helping.",
                "No. I don't agree with that."}),
            Map.entry("C3", new String[] {
                "This isn't helping. Talking about {topic} again is a waste of time.",
                "I don't see the point of going over it again.",
                "Why do we always have to talk about feelings? It's a waste of time.",
                "These exercises are pointless, to be honest."}),
            Map.entry("C4", new String[] {
                "Why do we have to meet every week? And the time is terrible for me.",
                "Fifty minutes is never enough. We always stop just when it matters.",
                "I can't keep paying for this, whatever you say."}),
            Map.entry("C5", new String[] {
                "Honestly, this is a waste of time. Nothing has changed.",
                "We've been doing this for months and I still feel the same. This isn't helping.",
                "I don't feel any better. I'm starting to think this is a waste of time.",
                "Nothing's changed with {topic}. What's the point?"}),
            Map.entry("C6", new String[] {
                "I'm not being difficult, I'm just telling you how it is.",
                "Don't make it sound like it's my fault.",
                "I'm not avoiding anything. Whatever you think."}),
            Map.entry("C7", new String[] {
                "Just tell me what to do.",
                "I need you to give me something practical today.",
                "Can we not do this today? I want to talk about {topic}.",
                "You have to tell {person} that they're wrong. Write me a letter or something."}));

    /** Resolution strategies by 3RS 2015 code: what the therapist says. */
    static final Map<String, String[]> STRATEGIES = Map.ofEntries(
            Map.entry("R1", new String[] {
                "I think I said that badly. What I meant was that it sounds hard, not that you did anything wrong.",
                "Let me clarify, I wasn't suggesting you should have done it differently.",
                "I may have misunderstood you. Did you mean that {them} was the one who started it?"}),
            Map.entry("R2", new String[] {
                "Let's put {ytopic} aside for now and focus on {goal}.",
                "Maybe we can decide together what would be useful today. What would you want to get out of this hour?",
                "Would it help to work on {goal} instead?"}),
            Map.entry("R3", new String[] {
                "Let me explain why I keep asking about {ytopic}. The idea is that what we avoid in the day comes back at night.",
                "The reason we go slowly is that change often starts with noticing. Does that make sense?",
                "I haven't explained how this works. We look at feelings because they drive what you end up doing."}),
            Map.entry("R4", new String[] {
                "What is it like for you to talk about this with me right now?",
                "How are you feeling about our work together at this moment?",
                "I wonder if something I said didn't sit right with you. Can we talk about that?",
                "Can you tell me more about what feels like a waste?",
                "What's happening between us right now, as we talk about this?"}),
            Map.entry("R5", new String[] {
                "You're right, I think I pushed too hard just now.",
                "Thank you for telling me that. I may have kept steering us there.",
                "I think I missed what you were telling me. I'm sorry about that."}),
            Map.entry("R6", new String[] {
                "I notice I'm feeling a bit stuck myself as we talk.",
                "I find myself wanting to fix this for you, and I'm not sure that helps.",
                "Honestly, I feel a little shut out right now, and I'm curious about that."}),
            Map.entry("R7", new String[] {
                "I wonder if something similar happens here between us, when I ask and you pull back.",
                "I notice that when I asked about {them} we moved quite quickly to something else. Did you notice that too?",
                "It seems that when I get closer to something painful, you reassure me that it's fine."}),
            Map.entry("R8", new String[] {
                "It sounds a bit like what happens with {them}.",
                "Is this how it feels with {them} too, when they don't listen?",
                "I wonder if this is a familiar pattern, feeling that people don't take you seriously."}),
            Map.entry("R9", new String[] {
                "It makes sense that you'd want to keep this at a distance.",
                "Of course you're wary. You've had good reasons to protect yourself.",
                "It's okay not to want to go there today."}),
            Map.entry("R10", new String[] {
                "Let's come back to what happened {day}.",
                "Can we go back to what you said about {ytopic}?",
                "I'd like to return to the argument with {them} for a moment."}));

    private Phrases() {
    }

    /** The template with every {@code {slot}} replaced by a random filler, and its first letter capitalised. */
    static String fill(String template, Rng rng) {
        int open = template.indexOf('{');
        if (open < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        while (open >= 0) {
            int close = template.indexOf('}', open);
            out.append(template, from, open);
            String[] fillers = SLOTS.get(template.substring(open + 1, close));
            if (fillers == null) {
                throw new IllegalStateException("unknown slot in template: " + template);
            }
            out.append(rng.pick(fillers));
            from = close + 1;
            open = template.indexOf('{', from);
        }
        out.append(template, from, template.length());
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        return out.toString();
    }

    /** The number of words of a text. */
    static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }
}
