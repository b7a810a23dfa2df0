/// The rule table: which words suggest which intent. Adding a family of questions means adding a cue
/// here or a synonym in the knowledge's lexicon — not a branch in the code.
extension IntentRule {
    static let table: [IntentRule] = [
        IntentRule(
            intent: .greeting,
            // Greeting and thanks words are any knowledge's: "hello" greets whatever the knowledge covers.
            cues: [
                "hi": 2, "hello": 2, "hey": 2, "hiya": 2, "howdy": 2, "greetings": 2, "hallo": 2,
                "good morning": 2, "good afternoon": 2, "good evening": 2, "sup": 2, "whats up": 2,
            ],
            alone: true),
        IntentRule(
            intent: .thanks,
            cues: [
                "thanks": 2, "thank": 2, "thx": 2, "thankyou": 2, "cheers": 2, "great help": 2, "very helpful": 2,
                "awesome": 1, "perfect": 1,
            ],
            alone: true
        ),
        IntentRule(
            intent: .help,
            cues: [
                "help": 2, "what can you do": 2, "what can i ask": 2, "how does this work": 2, "commands": 2,
                "what do you know": 2, "can i ask": 2, "ask you": 2, "topics": 2, "what can you answer": 2,
                "who are you": 2, "what are you": 2, "kind of questions": 2.5, "kinds of questions": 2.5,
                "how do i use": 2, "usage": 2,
            ],
            alone: true),
        IntentRule(
            intent: .compare,
            cues: [
                "difference": 2.5, "better": 1.5, "or": 0.8, "which": 0.8, "between": 0.8, "similar": 1.5,
                "same": 1, "choose": 1.5, "pick": 1, "against": 1, "specialize": 1.5, "which should i": 1, "apart": 2.5,
            ],
            minimumRoles: 2),
        IntentRule(
            intent: .salary,
            cues: [
                "salary": 3.5, "how much": 2, "underpaid": 3, "numbers": 1, "bank": 1, "money": 1.5, "bonus": 2,
                "bonuses": 2, "equity": 2,
                "stock options": 2, "per year": 1, "a year": 0.5, "rich": 1.5, "well paid": 1, "highest": 0.8,
                "k": 1.5, "dollars": 1.5, "make": 1.5, "raise": 0.5, "lucrative": 1.5, "range": 0.5,
            ],
            bonus: [.stage: 0.5, .role: 0.3]),
        IntentRule(
            intent: .roleSkills,
            cues: [
                "skills": 2.5, "tools": 2.5, "tool": 2.5, "need to know": 2, "know": 1, "learn": 2,
                "requirement": 2.5, "language": 1.5, "languages": 1.5, "framework": 2.5, "frameworks": 2.5,
                "library": 2, "libraries": 2, "stack": 2, "technologies": 1.5, "technology": 1.5, "use": 1.2,
                "need": 1.5, "background": 1.5, "good at": 1.5, "study": 1, "expertise": 2, "qualified": 2,
                "phd": 3, "degree": 1.5, "prepare": 1, "master": 1, "learn to become": 2, "study to become": 2,
            ],
            requires: [.role], bonus: [.role: 0.5, .area: 1.5]),
        IntentRule(
            intent: .skills,
            cues: [
                "skills": 2.5, "need to know": 2, "requirement": 2.5, "technical": 1, "soft": 1, "learn": 0.8,
                "good at": 1.5, "expertise": 2, "qualified": 2, "competent": 2, "what should i know": 2,
                "tools": 1.5, "technologies": 1.2, "stack": 1.5,
            ],
            excludes: [.role, .area]),
        IntentRule(
            intent: .skillArea,
            cues: [
                "why": 1, "important": 1.5, "need": 0.8, "learn": 0.8, "useful": 1.5, "matter": 1.2,
                "skills": 0.8, "how much": 0.5, "which": 0.5, "role of": 1, "level of": 1, "starting point": 2,
            ],
            requires: [.area], excludes: [.role], bonus: [.area: 2], readsFields: true),
        IntentRule(
            intent: .gettingStarted,
            cues: [
                "start": 2.5, "started": 2.5, "begin": 2.5, "get into": 2.5, "break into": 3, "getting into": 2.5,
                "become": 2, "enter": 1.5, "transition": 2.5, "switch": 2.5, "first step": 3,
                "steps": 2, "roadmap": 3, "prepare": 1.5, "study": 1.5, "learn": 1, "degree": 3, "phd": 3,
                "course": 2.5, "courses": 2.5, "bootcamp": 2.5, "certificate": 2.5, "certification": 2.5,
                "portfolio": 3, "project": 2, "projects": 2, "internship": 2.5, "self taught": 3, "kaggle": 2.5,
                "github": 2, "no experience": 2.5, "university": 2, "college": 2, "school": 1.5,
                "resources": 1.5, "experience": 0.5, "hands on": 1.5, "land": 2, "hired": 1.5, "online courses": 2,
                "stay current": 2.5, "first": 1, "pivot": 2.5, "career change": 2.5, "career changer": 2.5,
                "go about": 1.5, "keep up": 2, "change career": 2.5, "quit": 2, "career break": 2.5, "path into": 3,
                "way into": 2.5, "route into": 2.5, "get a job": 2.5, "find a job": 2.5, "land a job": 2.5,
                "gain experience": 2.5, "get experience": 2.5, "gain some experience": 2.5, "get some experience": 2.5,
                "practical experience": 2, "real world experience": 2, "practice": 1, "from scratch": 2.5,
                "from zero": 2.5, "move into": 2, "moving into": 2,
            ],
            bonus: [.role: -0.5], laterStageBonus: -1.5),
        IntentRule(
            intent: .careerPath,
            cues: [
                "career path": 3, "path": 2, "progression": 2.5, "progress": 2, "promoted": 2.5, "promotion": 2.5,
                "advance": 2, "ladder": 2.5, "trajectory": 2.5, "level": 1, "levels": 1.5, "stage": 2,
                "stages": 2, "next": 1.5, "after": 1.2, "move up": 2.5, "grow": 1.5, "growth": 1.2,
                "long term": 1.5, "career": 1, "comes next": 2.5, "titles": 1.5, "responsibilities": 1,
                "where can": 1, "end up": 2, "then": 0.5, "how long": 2, "comes after": 2,
                "after that": 2,
                "after being": 1.5, "move into": 2, "beyond": 1.5, "from here": 2, "go from": 1.5, "get from": 1.5,
                "timeline": 2,
            ],
            bonus: [.stage: 1.5, .role: 0.2],
            progression: [
                "next", "comes next", "comes after", "after that", "after being", "after the", "move up", "move into",
                "beyond", "then", "from here",
            ]),
        // "Which jobs at that stage?": a stage named with a job asked for ("entry-level jobs", "a good first
        // position", "hired as") asks for the stage's titles, not how to get there.
        IntentRule(
            intent: .careerPath,
            cues: [
                "job": 1, "jobs": 1.5, "position": 1, "positions": 1.5, "first job": 1.5, "first jobs": 2,
                "first position": 2, "first role": 2, "hired as": 2.5, "titles": 1.5,
            ],
            requires: [.stage], bonus: [.stage: 1.5]),
        IntentRule(
            intent: .role,
            cues: [
                "what": 0.3, "do": 0.5, "job": 0.5, "work": 0.8, "responsibilities": 1.5, "role": 0.5,
                "describe": 1, "explain": 1, "tell me about": 1, "mean": 0.8, "day to day": 1.5, "duties": 1.5,
                "build": 0.8, "focus": 1, "who": 0.5, "is": 0.2, "typical day": 2, "day": 1, "daily": 1.5,
                "look like": 0.8, "work on": 1.2, "specialization": 2.5,
            ],
            requires: [.role], bonus: [.role: 1]),
        // "Which role works on X?": a role described, not named; retrieval picks among the role topics.
        IntentRule(
            intent: .role,
            cues: [
                "which role": 2.5, "what role": 2.5, "which job": 2.5, "what job": 2.5, "which engineer": 2.5,
                "which specialization": 2.5, "work with": 1, "who": 1, "which ai engineers": 2.5,
                "is there": 1.5, "job that": 1.5,
                "role that": 1.5, "called": 1.5,
            ],
            excludes: [.role, .stage]),
        IntentRule(
            intent: .listRoles,
            cues: [
                "role": 2, "types": 1.5, "type": 1.2, "kinds": 1.5, "kinds of ai": 2, "types of ai": 2,
                "specialization": 3, "job": 1.2,
                "options": 2, "different": 1.5, "list": 1.5, "available": 1, "titles": 1, "paths": 1.5,
                "which": 0.5, "all": 0.5, "areas": 1.5, "fields": 1.5, "choose": 1, "besides": 1.5, "other": 1,
            ],
            excludes: [.stage, .area]),
        IntentRule(
            intent: .demand,
            cues: [
                "demand": 3, "future": 2, "worth": 2.5, "outlook": 3, "prospects": 2.5, "growing": 2,
                "job market": 2.5, "market": 1.5, "good career": 3, "career": 0.8, "why": 1.2, "hot": 1.5,
                "hype": 2, "saturated": 2.5, "opportunities": 2, "opportunity": 2, "good": 0.5,
                "too late": 2, "security": 1.5, "stable": 1.5, "choose": 0.8, "coding": 0.8,
                "just coding": 2, "real world": 1.5, "problems": 1, "exciting": 1.5, "rewarding": 2,
                "popular": 1.5, "shrinking": 2, "dying": 2, "oversaturated": 2.5, "trend": 1.5, "trends": 1.5,
                "pursue": 1.5, "hiring": 1.5, "still": 1, "should i": 1, "be needed": 1.5, "still be needed": 2.5,
                "years from now": 2, "be replaced": 2, "replace": 2, "replaced": 2, "take over": 1.5,
                "automate": 1.5, "automated": 1.5, "obsolete": 2.5,
                "need": 0.5,
            ]),
        IntentRule(
            intent: .industries,
            cues: [
                "industry": 1.5, "which industry": 3, "what industry": 3, "other industry": 3, "industry use": 3,
                "in which industry": 3, "company": 2, "where": 1.5, "hire": 1.5, "work": 0.5, "employ": 2,
                "healthcare": 2.5,
                "health": 1.5, "medicine": 2, "medical": 2, "hospital": 2, "finance": 2.5, "bank": 2,
                "banking": 2, "automotive": 2.5, "entertainment": 2.5, "media": 1.5,
                "work in": 1, "field": 1, "fields": 1.2, "business": 1, "used": 0.8,
            ],
            bonus: [.role: 0.2]),
        IntentRule(
            intent: .overview,
            cues: [
                "ai": 0.3, "ai engineer": 0.7, "what is": 0.6, "what does": 0.6, "do": 0.4, "define": 1.5,
                "definition": 1.5, "mean": 0.8, "explain": 0.8, "tell me about": 0.8, "describe": 0.8,
                "responsibilities": 1.2, "day to day": 1.2, "duties": 1.2, "work": 0.6, "job": 0.5, "build": 0.6,
                "deploy": 0.6, "exactly": 0.5, "description": 1.2, "involve": 1, "involves": 1, "who": 0.5,
                "technologies": 0.8,
            ],
            excludes: [.role, .stage, .area], anchors: ["ai", "ai engineer"]),
    ]
}
