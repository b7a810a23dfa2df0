// swift-format-ignore-file
// Generated from Knowledge/ by `make knowledge` (swift run embed-knowledge). Do not edit.
import AdvisorKit

extension KnowledgeBase {
    /// The advisor's own knowledge, compiled in.
    public static let embedded = KnowledgeBase(topics: embeddedTopics(), lexicon: embeddedLexicon())
}

private func embeddedLexicon() -> Lexicon {
    var synonyms: [String: [String]] = [:]
    synonyms["ai"] = ["artificial intelligence", "a.i", "a i"] as [String]
    synonyms["beyond"] = ["beyond senior", "after senior"] as [String]
    synonyms["certificate"] = ["certs", "cert", "certificates", "certification", "certifications", "certified"] as [String]
    synonyms["company"] = ["companies", "employer", "employers", "firm", "firms"] as [String]
    synonyms["consultant"] = ["consultants", "consulting", "consultancy", "freelance", "freelancer"] as [String]
    synonyms["cv"] = ["computer vision", "computer-vision", "machine vision"] as [String]
    synonyms["degree"] = ["degrees", "diploma", "bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "msc", "bsc"] as [String]
    synonyms["developer"] = ["dev", "devs", "developers", "swe"] as [String]
    synonyms["difference"] = ["differences", "differ", "different from", "vs", "versus", "compared to", "compare", "comparison"] as [String]
    synonyms["dl"] = ["deep learning", "deep-learning"] as [String]
    synonyms["engineer"] = ["eng", "engr"] as [String]
    synonyms["entry"] = ["junior", "juniors", "jr", "beginner", "beginners", "graduate", "graduates", "grad", "grads", "new grad", "fresher", "freshers", "newbie", "newcomer", "entry-level", "entry level", "starting out", "trainee", "intern level", "novice"] as [String]
    synonyms["entry salary"] = ["starting salary", "starting salaries", "starting pay", "first salary", "starting wage"] as [String]
    synonyms["experience"] = ["exp", "xp"] as [String]
    synonyms["google cloud"] = ["gcp"] as [String]
    synonyms["hi"] = ["hello", "hey", "hiya", "howdy", "greetings", "yo", "hallo"] as [String]
    synonyms["industry"] = ["industries", "sector", "sectors", "domain", "domains"] as [String]
    synonyms["job"] = ["position", "positions", "occupation", "profession", "work as"] as [String]
    synonyms["mathematics"] = ["math", "maths", "mathematical", "mathematic"] as [String]
    synonyms["mid"] = ["mid-level", "mid level", "midlevel", "intermediate", "mid-career", "mid career"] as [String]
    synonyms["ml"] = ["machine learning", "machine-learning", "machinelearning"] as [String]
    synonyms["ml engineer"] = ["mle", "mles"] as [String]
    synonyms["neural networks"] = ["neural nets", "neural net", "neural network", "nn", "nns"] as [String]
    synonyms["nlp"] = ["natural language processing", "natural-language processing", "language processing"] as [String]
    synonyms["phd"] = ["ph.d", "ph d", "doctorate", "doctoral"] as [String]
    synonyms["programming"] = ["coding", "code", "coder", "programmer", "programmers", "software development"] as [String]
    synonyms["python"] = ["py", "python3"] as [String]
    synonyms["pytorch"] = ["torch", "py torch"] as [String]
    synonyms["requirement"] = ["requirements", "required", "require", "prerequisites", "prerequisite", "qualifications", "qualification"] as [String]
    synonyms["rl"] = ["reinforcement learning"] as [String]
    synonyms["roadmap"] = ["road map", "learning path", "study plan"] as [String]
    synonyms["role"] = ["job title", "job titles", "titles"] as [String]
    synonyms["salary"] = ["salaries", "pay", "pays", "paid", "paying", "payment", "earn", "earns", "earning", "earnings", "compensation", "comp", "wage", "wages", "income", "remuneration", "tc", "total compensation", "package", "make money", "paycheck", "stipend"] as [String]
    synonyms["scikit-learn"] = ["sklearn", "scikit learn", "scikit"] as [String]
    synonyms["senior"] = ["seniors", "sr", "experienced", "veteran", "veterans", "principal", "staff level", "staff", "seasoned"] as [String]
    synonyms["skills"] = ["skillset", "skill set", "abilities", "competencies", "know-how", "qualities", "characteristics", "traits"] as [String]
    synonyms["specialization"] = ["specializations", "specialisation", "specialisations", "specialty", "specialties", "speciality", "specialities", "specialize", "specialise", "niche", "niches", "subfield", "subfields", "branch", "branches"] as [String]
    synonyms["startup"] = ["startups", "start-up", "start-ups", "own company", "own business", "entrepreneur", "entrepreneurs", "entrepreneurial", "founder", "founders"] as [String]
    synonyms["statistics"] = ["stats", "statistic", "statistical"] as [String]
    synonyms["student"] = ["high school senior", "high school student", "college student", "university student", "students"] as [String]
    synonyms["tensorflow"] = ["tf", "tensor flow"] as [String]
    synonyms["thanks"] = ["thank", "thx", "ty", "cheers", "thankyou", "appreciated", "appreciate"] as [String]
    synonyms["underpaid"] = ["lowballed", "lowball"] as [String]
    synonyms["university"] = ["college", "uni", "major"] as [String]
    synonyms["years"] = ["yrs", "yr", "yoe", "years of experience"] as [String]
    return Lexicon(
        synonyms: synonyms, ambiguous: ["cv"] as [String],
        outside: ["dentist", "doctor", "doctors", "nurse", "nurses", "pilot", "pilots", "teacher", "teachers", "lawyer", "lawyers", "plumber", "electrician", "accountant", "accountants", "pharmacist", "architect", "civil engineer", "mechanical engineer", "electrical engineer", "chemical engineer", "software engineer", "web developer", "frontend developer", "designer", "designers", "ux", "ui designer", "marketer", "salesperson", "cashier", "clerk", "chef", "cook", "barista", "firefighter", "police officer", "soldier", "farmer", "athlete", "footballer", "actor", "musician", "youtuber", "streamer", "influencer", "writer", "journalist", "photographer", "therapist", "psychologist", "veterinarian", "surgeon", "radiologist", "nursing", "med school", "medical school", "quant", "trader", "traders", "trading", "actuary", "dietitian", "real estate agent", "truck driver", "driver", "janitor", "mba", "management consultant", "resume", "résumé", "cover letter", "linkedin", "interview", "interviews", "leetcode", "reference letter", "negotiate", "negotiation", "raise", "tax", "taxes", "vesting", "vest", "rsu", "rsus", "401k", "mortgage", "loan", "rent", "cost of living", "currency", "exchange rate", "stock price", "crypto", "bitcoin", "visa", "visas", "h1b", "immigration", "green card", "laptop", "laptops", "gpu", "gpus", "graphics card", "buy", "price", "cost", "costs", "backpropagation", "backprop", "gradient descent", "eigenvalues", "eigenvalue", "attention mechanism", "loss function", "activation function", "nan", "cuda", "out of memory", "error message", "stack trace", "traceback", "exception", "crashing", "crashes", "kernel died", "pip install", "install", "sql query", "write a function", "function", "reverse a string", "code snippet", "my code", "my bug", "syntax error", "homework", "essay", "exam", "assignment", "fashion", "visit", "travel", "vacation", "holiday", "hotel", "flight", "derivative", "integral", "equation", "weather", "rain", "recipe", "pasta", "pizza", "football", "soccer", "basketball", "match score", "movie", "movies", "song", "snake", "snakes", "pet"] as [String])
}

private func embeddedTopics() -> [Topic] {
    var topics: [Topic] = []
    topics.append(
        Topic(
            id: "ai-engineer", title: "What an AI engineer is", intent: Intent(rawValue: "overview"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: ["AI engineer", "artificial intelligence engineer", "AI engineering"] as [String], years: nil,
            questions: ["What is an AI engineer?", "What does an AI engineer actually do?", "what's ai engineering?", "Can you explain the job of an artificial intelligence engineer?", "ai engineer meaning", "What kind of work do AI engineers do all day?", "What do AI engineers build?"] as [String],
            keywords: ["artificial intelligence", "AI", "machine learning", "deep learning", "neural networks", "natural language processing", "NLP", "algorithms", "models", "training", "testing", "deployment", "self-driving cars", "recommendations", "social media"] as [String],
            skills: [] as [String],
            followups: ["roles", "skills", "industries", "demand"] as [String],
            body: "An AI engineer plans, creates and looks after artificial intelligence systems and applications that handle jobs which would normally take a human mind. To get there they combine machine learning (ML) and deep learning with natural language processing (NLP), neural networks and other AI methods. Their output ranges from the software steering self-driving cars to the personalized suggestions you see on social media. The work itself breaks down into:\n\n- writing the algorithms\n- building and training AI models\n- testing them and measuring how well they perform\n- deploying them so they are used in the real world",
            file: "ai-engineer.md"))
    topics.append(
        Topic(
            id: "ai-research-scientist-skills", title: "Skills of an AI research scientist", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "ai-research-scientist", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does an AI research scientist need?", "Do I need a PhD to be an AI research scientist?", "What qualifications do AI researchers have?", "research scientist requirements", "Do AI researchers have to publish papers?"] as [String],
            keywords: ["PhD", "doctorate", "advanced degree", "research", "publishing", "papers", "AI principles", "theory"] as [String],
            skills: ["AI principles", "research methods", "publishing papers", "PhD"] as [String],
            followups: ["education", "ai-research-scientist", "mathematics"] as [String],
            body: "Research scientists commonly hold an advanced degree, frequently a PhD, and need a deep understanding of the principles behind AI. They also need a researcher's skills: designing and carrying out studies, and writing up and publishing what they find.",
            file: "ai-research-scientist-skills.md"))
    topics.append(
        Topic(
            id: "ai-research-scientist", title: "AI research scientist", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "ai-research-scientist", stage: nil, area: nil),
            names: ["AI research scientist", "research scientist", "AI researcher", "AI research"] as [String], years: nil,
            questions: ["What does an AI research scientist do?", "research scientist in AI?", "What is an AI researcher?", "Who invents new AI algorithms?", "What does AI research work involve?", "is AI research more academic than engineering?"] as [String],
            keywords: ["research", "AI research", "algorithms", "techniques", "models", "papers", "publishing", "academia", "theory", "industry experts"] as [String],
            skills: [] as [String],
            followups: ["ai-research-scientist-skills", "education", "career-path"] as [String],
            body: "AI research scientists create new algorithms, techniques and models that extend what AI can do. Much of the work is academic in style: running studies, publishing papers, and teaming up with industry experts to move AI theory forward.",
            file: "ai-research-scientist.md"))
    topics.append(
        Topic(
            id: "beyond-senior", title: "Beyond senior level", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "beyond", area: nil),
            names: ["beyond", "beyond senior", "consultant", "AI consultant", "startup", "AI startup", "startup founder"] as [String], years: nil,
            questions: ["What can I do after being a senior AI engineer?", "Can I become an AI consultant?", "Could I start my own AI startup?", "what's after senior in AI", "Can AI engineers become entrepreneurs?", "What does an AI consultant do?"] as [String],
            keywords: ["consultant", "consulting", "freelance", "entrepreneur", "startup", "founder", "business", "advising", "AI-powered products"] as [String],
            skills: [] as [String],
            followups: ["senior-level", "career-path", "salary-factors"] as [String],
            body: "After many years in the field, some AI engineers become consultants who advise companies on bringing AI into their operations. Others take the entrepreneurial route and found their own AI startups, creating new AI-powered products and services.",
            file: "beyond-senior.md"))
    topics.append(
        Topic(
            id: "career-change", title: "Switching into AI from another career", intent: Intent(rawValue: "getting-started"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Is it too late to get into AI in my thirties or forties?", "Can I switch careers into AI engineering?", "How do I move into AI from software development?", "I'm a teacher, can I become an AI engineer?", "career change to machine learning", "Am I too old to learn AI?"] as [String],
            keywords: ["career change", "career changer", "switch careers", "pivot", "transition", "too late", "too old", "age", "mid-career", "retraining", "background", "software developer"] as [String],
            skills: [] as [String],
            followups: ["getting-started", "portfolio", "education"] as [String],
            body: "People move into AI from many backgrounds and at many ages; there is no cut-off. What counts is showing the skills, so a career changer usually:\n\n- builds on what they already know (software, analysis, a domain such as finance or health)\n- fills the gaps in Python, mathematics and machine learning step by step\n- proves it with two or three solid projects, ideally in their old domain\n- aims first at a role next to their current one, such as data analyst, data scientist or ML engineer\n\n(General guidance; the source article does not cover career changes.)",
            file: "career-change.md"))
    topics.append(
        Topic(
            id: "career-path", title: "The AI engineering career path", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What is the career path for an AI engineer?", "How do AI engineers progress in their careers?", "ai career ladder", "What comes after a junior AI job?", "How long does it take to become a senior AI engineer?", "What are the stages of an AI engineering career?"] as [String],
            keywords: ["career path", "progression", "career ladder", "promotion", "stages", "trajectory", "entry level", "mid level", "senior level", "junior", "senior", "growth"] as [String],
            skills: [] as [String],
            followups: ["entry-level", "mid-level", "senior-level", "beyond-senior"] as [String],
            body: "The AI field is growing fast and offers several routes upward. A typical progression (year bands are approximate):\n\n- Entry level (first year or so): data scientist, junior machine learning engineer or AI research assistant\n- Mid level (after a few years, roughly 2 to 5): AI engineer, machine learning engineer or data engineer\n- Senior level (about 6 years on): AI architect, AI product manager or lead machine learning engineer\n- Beyond: AI consultant, or founder of an AI startup",
            file: "career-path.md"))
    topics.append(
        Topic(
            id: "communication", title: "Communication", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "communication"),
            names: ["communication", "communication skills", "people skills", "presentation skills", "stakeholders"] as [String], years: nil,
            questions: ["Do AI engineers need communication skills?", "Why does communication matter in AI engineering?", "How important are soft skills for AI engineers?", "do AI engineers have to talk to clients?", "explaining AI to non-technical people", "teamwork in ai jobs"] as [String],
            keywords: ["communication", "soft skills", "stakeholders", "teamwork", "collaboration", "clients", "business leaders", "presenting", "explaining"] as [String],
            skills: ["explaining to non-technical people", "teamwork"] as [String],
            followups: ["problem-solving", "senior-level", "skills"] as [String],
            body: "Technical skill is not enough on its own: AI engineers have to explain their findings and ideas clearly to technical and non-technical stakeholders alike. Good communication matters for working well in teams and for making complex concepts understandable to clients or business leaders.",
            file: "communication.md"))
    topics.append(
        Topic(
            id: "computer-vision-engineer-skills", title: "Skills of a computer vision engineer", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "computer-vision-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does a computer vision engineer need?", "computer vision skills", "What should I learn for computer vision?", "Do computer vision engineers need deep learning?", "What do you need to know to work on image recognition?"] as [String],
            keywords: ["image processing", "machine learning", "deep learning", "algorithms", "images", "video"] as [String],
            skills: ["image processing", "machine learning", "deep learning"] as [String],
            followups: ["machine-learning", "computer-vision-engineer", "mathematics"] as [String],
            body: "You need to be skilled at image processing and comfortable with both machine learning and deep learning algorithms, since these are the tools that turn raw pixels into decisions.",
            file: "computer-vision-engineer-skills.md"))
    topics.append(
        Topic(
            id: "computer-vision-engineer", title: "Computer vision engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "computer-vision-engineer", stage: nil, area: nil),
            names: ["computer vision engineer", "CV engineer", "vision engineer", "computer vision", "computer vision engineering"] as [String], years: nil,
            questions: ["What does a computer vision engineer do?", "computer vision engineer?", "What is computer vision engineering?", "Who works on facial recognition and object detection?", "what's a vision engineer", "Tell me about computer vision jobs"] as [String],
            keywords: ["computer vision", "visual data", "images", "video", "object detection", "facial recognition", "face recognition", "image classification"] as [String],
            skills: [] as [String],
            followups: ["computer-vision-engineer-skills", "salary-mid", "deep-learning-engineer"] as [String],
            body: "Computer vision engineers help machines make sense of visual data, such as photos and video, and decide what to do based on it. Typical tasks include detecting objects, recognizing faces and sorting images into categories. Vision is one of the specializations that can lift pay above the normal mid-level range.",
            file: "computer-vision-engineer.md"))
    topics.append(
        Topic(
            id: "data", title: "Data skills for AI", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "data"),
            names: ["data skills", "data science", "big data", "data cleaning", "data preprocessing", "data analysis", "databases", "data engineering", "cloud platforms", "cloud computing", "big data tools"] as [String], years: nil,
            questions: ["What data skills does an AI engineer need?", "Do AI engineers need to know big data tools?", "Which cloud platforms are used in AI?", "do i need databases for AI?", "Is data engineering part of AI engineering?", "hadoop or spark for ai?"] as [String],
            keywords: ["data", "datasets", "data cleaning", "preprocessing", "data analysis", "databases", "SQL", "big data", "Hadoop", "Spark", "cloud", "AWS", "Google Cloud", "Microsoft Azure", "Azure"] as [String],
            skills: ["data cleaning", "data preprocessing", "data analysis", "databases", "SQL", "Hadoop", "Spark", "cloud platforms"] as [String],
            followups: ["machine-learning", "programming", "mid-level"] as [String],
            body: "Because AI engineers deal with large datasets, some grounding in data science and data engineering is important. That includes:\n\n- cleaning, preprocessing and analyzing data\n- working with databases\n- big data tools like Spark and Hadoop\n- cloud services such as AWS, Microsoft Azure or Google Cloud",
            file: "data.md"))
    topics.append(
        Topic(
            id: "deep-learning-engineer-skills", title: "Skills of a deep learning engineer", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "deep-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does a deep learning engineer need?", "Which frameworks do deep learning engineers use?", "deep learning engineer skills", "Do DL engineers use PyTorch or TensorFlow?", "How much math does deep learning engineering take?", "What tools are used for deep learning work?"] as [String],
            keywords: ["TensorFlow", "Keras", "PyTorch", "frameworks", "mathematics", "math", "linear algebra", "neural networks"] as [String],
            skills: ["linear algebra", "neural networks", "TensorFlow", "Keras", "PyTorch"] as [String],
            followups: ["mathematics", "machine-learning", "deep-learning-engineer"] as [String],
            body: "The job expects real expertise in advanced AI frameworks such as TensorFlow, Keras or PyTorch. Underneath the tooling you need a firm grounding in mathematics, and in linear algebra in particular.",
            file: "deep-learning-engineer-skills.md"))
    topics.append(
        Topic(
            id: "deep-learning-engineer", title: "Deep learning engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "deep-learning-engineer", stage: nil, area: nil),
            names: ["deep learning engineer", "DL engineer", "deep learning", "deep learning engineering"] as [String], years: nil,
            questions: ["What does a deep learning engineer do?", "DL engineer?", "What is deep learning engineering?", "Do deep learning engineers work with neural networks?", "what's a deep learning engineer's job like", "Tell me about deep learning engineers"] as [String],
            keywords: ["deep learning", "DL", "neural networks", "unstructured data", "images", "audio", "text", "self-improving systems"] as [String],
            skills: [] as [String],
            followups: ["deep-learning-engineer-skills", "salary-mid", "computer-vision-engineer", "nlp-engineer"] as [String],
            body: "Deep learning engineers concentrate on neural networks, which are one branch of machine learning models. They build systems that learn from huge volumes of unstructured data, such as pictures, sound and text, and that keep getting better with time. The specialization can pay off: deep learning experts may earn more than the usual mid-level range.",
            file: "deep-learning-engineer.md"))
    topics.append(
        Topic(
            id: "demand", title: "Why AI engineers are in demand", intent: Intent(rawValue: "demand"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Is AI engineering a good career in 2025?", "Are AI engineers in demand?", "is it worth becoming an AI engineer?", "What are the job prospects for AI engineers?", "why is everyone hiring AI engineers right now", "Does AI engineering have a future?", "Is AI engineering just coding?"] as [String],
            keywords: ["demand", "job market", "prospects", "future", "growth", "worth it", "career", "hiring", "opportunities", "cutting-edge technology", "innovation", "trends", "rewarding"] as [String],
            skills: [] as [String],
            followups: ["salary", "career-path", "getting-started"] as [String],
            body: "AI keeps spreading into more industries, so demand for skilled AI engineers has soared; they sit at the front of this technological shift. The field pays very well (it is among the top-paying areas of tech), offers many routes to grow, and lets you work on leading-edge technology that is changing the world, which makes it rewarding for people who love tech and innovation. It is about more than code: the job means solving real-world problems, driving progress and shaping whole industries. To succeed, build the right skills, gain hands-on experience and stay current with the latest trends.",
            file: "demand.md"))
    topics.append(
        Topic(
            id: "education", title: "Degrees and courses", intent: Intent(rawValue: "getting-started"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Do I need a degree to become an AI engineer?", "Do I need a PhD to work in AI?", "which degree is best for AI engineering?", "Are online courses enough to get an AI job?", "Are AI certificates worth it?", "can I become an AI engineer without a degree?", "master's or bachelor's for AI?"] as [String],
            keywords: ["degree", "education", "university", "bachelor's", "master's", "PhD", "computer science", "mathematics", "statistics", "online courses", "certificates", "certification", "bootcamp", "self-taught"] as [String],
            skills: [] as [String],
            followups: ["getting-started", "portfolio", "ai-research-scientist"] as [String],
            body: "A degree in computer science, mathematics or statistics is a helpful base, but not the only way in. Many AI engineers are hired with a bachelor's or master's degree plus a solid record of projects, and reputable online courses and certificates can fill gaps or support a career change. A PhD matters mainly for AI research scientist roles, where advanced degrees are common.\n\n(General guidance; only the point about PhDs for research scientists comes from the source article.)",
            file: "education.md"))
    topics.append(
        Topic(
            id: "entry-level", title: "Entry-level AI jobs", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "entry", area: nil),
            names: ["entry level", "junior machine learning engineer", "data scientist", "AI research assistant"] as [String], years: 0...1,
            questions: ["What entry-level jobs are there in AI?", "What is a good first job in AI engineering?", "junior AI jobs?", "Can I start out as a data scientist?", "What does an AI research assistant do?", "what jobs can a graduate get in AI"] as [String],
            keywords: ["entry level", "junior", "beginner", "graduate", "first job", "junior machine learning engineer", "data scientist", "AI research assistant", "mentorship"] as [String],
            skills: [] as [String],
            followups: ["salary-entry", "mid-level", "portfolio"] as [String],
            body: "Newcomers usually start as a junior machine learning engineer, a data scientist or an AI research assistant. These jobs give you hands-on practice with AI tools and algorithms while senior engineers guide your work.",
            file: "entry-level.md"))
    topics.append(
        Topic(
            id: "getting-started", title: "How to get started", intent: Intent(rawValue: "getting-started"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["How do I become an AI engineer?", "How do I get started in AI engineering?", "where do i start with AI?", "What steps should I follow to break into AI?", "I want to become an AI engineer, what should I do first?", "roadmap to become an AI engineer", "How can a beginner get into machine learning?"] as [String],
            keywords: ["getting started", "roadmap", "steps", "beginner", "learn", "learning path", "courses", "Python", "math", "projects", "portfolio", "internships", "self-taught", "career change"] as [String],
            skills: [] as [String],
            followups: ["education", "portfolio", "programming", "mathematics"] as [String],
            body: "A common route into AI engineering:\n\n- learn programming fundamentals, starting with Python\n- study the math: linear algebra, calculus, probability and statistics\n- take courses in machine learning, then deep learning\n- build projects and a portfolio (GitHub, Kaggle)\n- get hands-on experience through internships, open source or entry-level roles\n- consider a degree, or reputable courses and certificates\n- keep up with papers, communities and trends\n\n(General guidance; the source article gives no step list.)",
            file: "getting-started.md"))
    topics.append(
        Topic(
            id: "industries", title: "Industries that employ AI engineers", intent: Intent(rawValue: "industries"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Which industries hire AI engineers?", "Where do AI engineers work?", "what sectors need ai engineers", "Can I work in healthcare or finance as an AI engineer?", "Do car companies hire AI engineers?", "What kind of companies employ AI engineers?"] as [String],
            keywords: ["industries", "sectors", "companies", "employers", "healthcare", "finance", "automotive", "cars", "entertainment", "automation", "operations", "products", "services"] as [String],
            skills: [] as [String],
            followups: ["demand", "roles", "career-path"] as [String],
            body: "AI engineers are found in many sectors, with healthcare, finance, automotive and entertainment among the best-known. Whatever the industry, their systems take over processes that used to be manual, make day-to-day operations run more efficiently, and make new products and services possible.",
            file: "industries.md"))
    topics.append(
        Topic(
            id: "machine-learning-engineer-skills", title: "Skills of a machine learning engineer", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "machine-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does a machine learning engineer need?", "Which languages should an ML engineer know?", "ML engineer skills", "what do i need to learn to be a machine learning engineer?", "Do ML engineers need statistics?", "machine learning engineer requirements"] as [String],
            keywords: ["Python", "R", "Java", "programming", "statistics", "statistical analysis", "algorithm design", "large datasets", "model optimization"] as [String],
            skills: ["Python", "R", "Java", "statistical analysis", "algorithm design", "large datasets"] as [String],
            followups: ["programming", "mathematics", "machine-learning", "machine-learning-engineer"] as [String],
            body: "The role usually asks for strong programming in Python, R and Java, backed by a deep grasp of statistical analysis and of how to design algorithms. Day to day, that knowledge goes into working with large datasets and optimizing models so they stay accurate.",
            file: "machine-learning-engineer-skills.md"))
    topics.append(
        Topic(
            id: "machine-learning-engineer", title: "Machine learning engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "machine-learning-engineer", stage: nil, area: nil),
            names: ["machine learning engineer", "ML engineer", "MLE"] as [String], years: nil,
            questions: ["What does a machine learning engineer do?", "ML engineer?", "what is an MLE", "Tell me about the machine learning engineer role", "Is ML engineer an entry-level job or a senior one?", "What's the day-to-day of a machine learning engineer like?"] as [String],
            keywords: ["machine learning", "ML", "models", "algorithms", "learning from data", "large datasets", "accuracy", "deployment", "junior machine learning engineer", "lead machine learning engineer"] as [String],
            skills: [] as [String],
            followups: ["machine-learning-engineer-skills", "deep-learning-engineer", "career-path", "salary-mid"] as [String],
            body: "Machine learning engineers create, and put into production, the algorithms that let machines learn from data. They build and tune ML models, handle large datasets, and check that the models give accurate results. The title also marks steps on the career ladder: \"junior machine learning engineer\" is a common first job, \"machine learning engineer\" a typical mid-level position, and \"lead machine learning engineer\" a senior one.",
            file: "machine-learning-engineer.md"))
    topics.append(
        Topic(
            id: "machine-learning", title: "Machine learning and deep learning skills", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "machine-learning"),
            names: ["machine learning and deep learning", "ML and DL", "machine learning", "neural networks", "supervised learning", "unsupervised learning", "reinforcement learning", "decision trees", "ML frameworks", "frameworks", "PyTorch", "TensorFlow", "Keras", "scikit-learn"] as [String], years: nil,
            questions: ["What machine learning knowledge does an AI engineer need?", "Which ML techniques should I know?", "what frameworks do AI engineers use?", "Do I need to know deep learning to be an AI engineer?", "Do I need to understand supervised and unsupervised learning?", "ML and DL skills"] as [String],
            keywords: ["machine learning", "deep learning", "supervised learning", "unsupervised learning", "reinforcement learning", "neural networks", "decision trees", "TensorFlow", "PyTorch", "scikit-learn", "Keras", "frameworks"] as [String],
            skills: ["supervised learning", "unsupervised learning", "decision trees", "neural networks", "reinforcement learning", "scikit-learn", "TensorFlow", "PyTorch", "Keras"] as [String],
            followups: ["deep-learning-engineer", "data", "mathematics"] as [String],
            body: "You need a good command of machine learning (ML) and deep learning (DL) methods. That covers supervised, unsupervised and reinforcement learning, as well as neural networks and decision trees. You should also be at home with frameworks like PyTorch, TensorFlow and scikit-learn, plus Keras as another popular option.",
            file: "machine-learning.md"))
    topics.append(
        Topic(
            id: "mathematics", title: "Mathematics for AI", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "mathematics"),
            names: ["mathematics", "math", "maths", "linear algebra", "calculus", "probability", "statistics"] as [String], years: nil,
            questions: ["How much math do I need for AI engineering?", "What math should I learn for machine learning?", "do you need maths for AI?", "Is calculus needed for AI?", "Which math topics matter for AI engineers?", "is statistics important in AI?"] as [String],
            keywords: ["math", "maths", "mathematics", "linear algebra", "calculus", "probability", "statistics"] as [String],
            skills: ["linear algebra", "calculus", "probability", "statistics"] as [String],
            followups: ["machine-learning", "programming", "getting-started"] as [String],
            body: "A solid footing in mathematics is essential, above all linear algebra, calculus, probability and statistics. These are the ideas you rely on both to understand how machine learning algorithms and models work and to develop new ones.",
            file: "mathematics.md"))
    topics.append(
        Topic(
            id: "mid-level", title: "Mid-level AI roles", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "mid", area: nil),
            names: ["mid level", "mid-level AI engineer", "data engineer"] as [String], years: 2...5,
            questions: ["What does a mid-level AI engineer do?", "What happens after a few years in AI?", "mid level ai jobs", "What responsibilities come with a mid-level AI role?", "What does a data engineer do in AI?", "How do I go from junior to mid-level in AI?"] as [String],
            keywords: ["mid level", "intermediate", "experienced", "data engineer", "AI engineer", "leading projects", "model optimization", "larger datasets"] as [String],
            skills: [] as [String],
            followups: ["salary-mid", "senior-level", "roles"] as [String],
            body: "Once you have a few years of experience, you can step up to a mid-level role. Typical titles are AI engineer, data engineer and machine learning engineer. The job gets bigger: you lead projects, optimize models and handle larger datasets.",
            file: "mid-level.md"))
    topics.append(
        Topic(
            id: "nlp-engineer-skills", title: "Skills of an NLP engineer", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "nlp-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does an NLP engineer need?", "Do NLP engineers need linguistics?", "nlp skills", "What should I learn to work in natural language processing?", "What knowledge does NLP work require?"] as [String],
            keywords: ["linguistics", "machine learning", "deep learning", "models", "techniques", "language"] as [String],
            skills: ["machine learning", "deep learning", "linguistics"] as [String],
            followups: ["machine-learning", "nlp-engineer", "getting-started"] as [String],
            body: "NLP engineers combine machine learning models and deep learning techniques with a working knowledge of linguistics. That mix is what lets them build AI that handles human language naturally.",
            file: "nlp-engineer-skills.md"))
    topics.append(
        Topic(
            id: "nlp-engineer", title: "NLP engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "nlp-engineer", stage: nil, area: nil),
            names: ["NLP engineer", "natural language processing engineer", "NLP", "natural language processing", "NLP engineering"] as [String], years: nil,
            questions: ["What does an NLP engineer do?", "nlp engineer?", "What is natural language processing engineering?", "Who builds chatbots and virtual assistants?", "Is there an AI job that works on language and translation?", "Tell me about NLP engineering jobs"] as [String],
            keywords: ["natural language processing", "NLP", "human language", "chatbots", "virtual assistants", "translation", "machine translation", "text", "speech"] as [String],
            skills: [] as [String],
            followups: ["nlp-engineer-skills", "deep-learning-engineer", "salary-factors"] as [String],
            body: "NLP (natural language processing) engineers give machines the ability to understand, interpret and produce human language. Typical products include chatbots, virtual assistants and systems that translate from one language to another. The goal is AI that deals with people's words in a natural way.",
            file: "nlp-engineer.md"))
    topics.append(
        Topic(
            id: "portfolio", title: "Projects, portfolio and experience", intent: Intent(rawValue: "getting-started"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["How do I build an AI portfolio?", "What projects should I do to get an AI job?", "are kaggle competitions worth it?", "How can I get AI experience without a job?", "Should I contribute to open source to get into AI?", "Do internships help you get into AI?", "github portfolio for machine learning"] as [String],
            keywords: ["portfolio", "projects", "GitHub", "Kaggle", "competitions", "open source", "internships", "experience", "demo", "resume"] as [String],
            skills: [] as [String],
            followups: ["getting-started", "entry-level", "education"] as [String],
            body: "Showing real work often counts as much as credentials. Build a few end-to-end projects, publish the code with clear READMEs on GitHub, and try Kaggle competitions to practise on real datasets. Open-source contributions and internships add hands-on experience employers recognise, and a short write-up or demo of each project helps others see what you did.\n\n(General guidance; the source article gives no step list.)",
            file: "portfolio.md"))
    topics.append(
        Topic(
            id: "problem-solving", title: "Problem solving", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "problem-solving"),
            names: ["problem solving", "problem-solving", "critical thinking", "creativity", "creative", "creative thinking", "troubleshooting"] as [String], years: nil,
            questions: ["Why is problem solving important for AI engineers?", "Do AI engineers need critical thinking?", "problem solving skills for AI", "Is creativity important in AI engineering?", "How important is troubleshooting in AI work?"] as [String],
            keywords: ["problem solving", "critical thinking", "creativity", "troubleshooting", "debugging", "algorithm design", "real-world challenges"] as [String],
            skills: ["algorithm design", "critical thinking", "troubleshooting"] as [String],
            followups: ["communication", "skills", "roles"] as [String],
            body: "AI engineers have to be strong problem-solvers, able to design algorithms and systems aimed at specific challenges in real applications. Critical thinking, creativity and a knack for tracking down and fixing complex issues are core traits of the job.",
            file: "problem-solving.md"))
    topics.append(
        Topic(
            id: "programming", title: "Programming for AI", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "programming"),
            names: ["programming", "coding", "programming languages", "python", "java"] as [String], years: nil,
            questions: ["Which programming languages should an AI engineer learn?", "Is Python the main language for AI?", "why python for AI?", "Do I need to know how to code to work in AI?", "What language is best for machine learning?", "Should I learn Java or R for AI?"] as [String],
            keywords: ["Python", "R", "Java", "coding", "programming languages", "TensorFlow", "Keras", "scikit-learn", "libraries"] as [String],
            skills: ["Python", "R", "Java"] as [String],
            followups: ["machine-learning", "mathematics", "getting-started"] as [String],
            body: "AI engineers must be fluent in languages such as Python, R and Java, all common choices for building AI models. Python is the favourite: it is easy to write and comes with powerful libraries, including TensorFlow, Keras and scikit-learn, that make creating machine learning models much quicker.",
            file: "programming.md"))
    topics.append(
        Topic(
            id: "roles", title: "Kinds of AI engineer", intent: Intent(rawValue: "list-roles"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What kinds of AI engineers are there?", "What are the specializations in AI engineering?", "which AI jobs exist?", "types of ai engineer roles", "What roles can I choose from in AI?", "What are the different AI career specialties?"] as [String],
            keywords: ["specializations", "roles", "job titles", "types", "machine learning engineer", "deep learning engineer", "NLP engineer", "computer vision engineer", "AI research scientist"] as [String],
            skills: [] as [String],
            followups: ["machine-learning-engineer", "deep-learning-engineer", "nlp-engineer", "computer-vision-engineer"] as [String],
            body: "AI engineering is a wide field with several specializations. The main ones are:\n\n- Machine learning engineer: builds, tunes and deploys models that learn from data\n- Deep learning engineer: works with neural networks on unstructured data like images, audio and text\n- NLP engineer: makes machines understand, interpret and produce human language\n- Computer vision engineer: teaches machines to read images and video and act on them\n- AI research scientist: invents new algorithms, techniques and models and publishes research",
            file: "roles.md"))
    topics.append(
        Topic(
            id: "salary-entry", title: "Entry-level AI salary", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "entry", area: nil),
            names: [] as [String], years: nil,
            questions: ["How much does a junior AI engineer make?", "What is the entry-level salary for AI engineers?", "starting salary in AI?", "What do AI graduates earn?", "junior ML engineer pay", "how much will I earn in my first AI job"] as [String],
            keywords: ["entry level", "junior", "starting salary", "beginner", "graduate", "first job", "$70,000", "$90,000"] as [String],
            skills: [] as [String],
            followups: ["salary-mid", "entry-level", "salary-factors"] as [String],
            body: "When you are just starting out, average pay usually lands between $70,000 and $90,000 a year (US dollars). Where you fall in that band depends on the local job market and on where you work.",
            file: "salary-entry.md"))
    topics.append(
        Topic(
            id: "salary-factors", title: "What affects AI pay", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What affects an AI engineer's salary?", "Where are AI engineers paid best?", "Which AI specialization pays the most?", "does location matter for AI pay?", "How can I earn more as an AI engineer?", "what makes AI salaries go up"] as [String],
            keywords: ["salary factors", "location", "experience", "specialization", "Silicon Valley", "New York", "bonuses", "equity", "highest paying", "earn more", "paid more", "increase", "raise pay", "why", "difference", "city", "outside", "depends"] as [String],
            skills: [] as [String],
            followups: ["salary", "salary-senior", "roles"] as [String],
            body: "Several things move an AI engineer's pay:\n\n- Experience: pay climbs steeply from entry to senior level\n- Location: high-demand hubs such as Silicon Valley and New York pay the most\n- Specialization: deep learning and computer vision expertise can raise salaries\n- Extras: experienced architects and product managers may receive performance bonuses and equity",
            file: "salary-factors.md"))
    topics.append(
        Topic(
            id: "salary-mid", title: "Mid-level AI salary", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "mid", area: nil),
            names: [] as [String], years: nil,
            questions: ["How much does a mid-level AI engineer earn?", "What does a machine learning engineer earn after a few years?", "mid level ai salary", "How much do AI engineers make with 3 years of experience?", "Do deep learning engineers earn more?", "computer vision engineer pay"] as [String],
            keywords: ["mid level", "experienced", "$100,000", "$130,000", "deep learning", "computer vision", "specialization"] as [String],
            skills: [] as [String],
            followups: ["salary-senior", "mid-level", "salary-factors"] as [String],
            body: "With a few years of experience behind them, AI engineers can expect roughly $100,000 to $130,000 a year (US dollars). Specialists in areas such as deep learning or computer vision may be paid even more.",
            file: "salary-mid.md"))
    topics.append(
        Topic(
            id: "salary-senior", title: "Senior AI salary", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "senior", area: nil),
            names: [] as [String], years: nil,
            questions: ["How much does a senior AI engineer make?", "What does an AI architect earn?", "senior ai salary", "Can AI engineers make $200k?", "Do senior AI engineers get equity or bonuses?", "AI product manager pay"] as [String],
            keywords: ["senior", "lead", "AI architect", "AI product manager", "$150,000", "$200,000", "bonus", "equity", "stock", "Silicon Valley", "New York"] as [String],
            skills: [] as [String],
            followups: ["salary-factors", "senior-level", "beyond-senior"] as [String],
            body: "Senior AI engineers and specialists can make $150,000 to $200,000 a year or more (US dollars), especially in high-demand hubs such as Silicon Valley or New York. Seasoned AI architects and product managers may also get performance bonuses and equity in tech companies.",
            file: "salary-senior.md"))
    topics.append(
        Topic(
            id: "salary", title: "AI engineer salaries", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["How much do AI engineers make?", "What is an AI engineer's salary?", "ai engineer pay", "Do AI engineers earn a lot?", "Is AI engineering well paid?", "what's the average salary in AI?", "How much money can I make in AI?"] as [String],
            keywords: ["salary", "pay", "earnings", "income", "compensation", "wage", "money", "USD", "dollars", "per year", "annual"] as [String],
            skills: [] as [String],
            followups: ["salary-entry", "salary-mid", "salary-senior", "salary-factors"] as [String],
            body: "AI engineering is widely seen as one of the best-paid areas of tech, though pay shifts with experience, location and specialization. Typical yearly ranges in US dollars:\n\n- Entry level: $70,000 to $90,000\n- Mid level: $100,000 to $130,000\n- Senior level: $150,000 to $200,000 or more",
            file: "salary.md"))
    topics.append(
        Topic(
            id: "senior-level", title: "Senior AI roles", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "senior", area: nil),
            names: ["senior", "senior level", "AI architect", "lead machine learning engineer", "AI product manager"] as [String], years: 6...60,
            questions: ["What does a senior AI engineer do?", "What is an AI architect?", "What does an AI product manager do?", "senior ai roles?", "What jobs can I get with lots of AI experience?", "lead machine learning engineer responsibilities"] as [String],
            keywords: ["senior", "lead", "AI architect", "AI product manager", "lead machine learning engineer", "management", "team lead", "strategy", "leadership"] as [String],
            skills: [] as [String],
            followups: ["salary-senior", "beyond-senior", "communication"] as [String],
            body: "Senior AI engineers typically run AI teams, shape AI strategy for their businesses and lead advanced projects. Common titles at this level are AI architect, lead machine learning engineer and AI product manager. They often work with business leaders to define AI-based solutions and then oversee putting them in place.",
            file: "senior-level.md"))
    topics.append(
        Topic(
            id: "skills", title: "Skills an AI engineer needs", intent: Intent(rawValue: "skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills do I need to become an AI engineer?", "What skills does an AI engineer need?", "ai engineer skills", "What should an AI engineer know?", "Which technical and soft skills matter in AI?", "what do i have to be good at to work in AI"] as [String],
            keywords: ["skills", "technical skills", "soft skills", "requirements", "programming", "mathematics", "machine learning", "deep learning", "data", "problem solving", "communication"] as [String],
            skills: [] as [String],
            followups: ["programming", "mathematics", "machine-learning", "data"] as [String],
            body: "AI engineers need a blend of technical and soft skills. Six areas matter most:\n\n- Programming: Python, R and Java\n- Mathematics: linear algebra, calculus, probability and statistics\n- Machine learning and deep learning: the techniques and the frameworks\n- Data: cleaning and analysis, databases, big data tools and the cloud\n- Problem solving: designing answers to real-world challenges\n- Communication: explaining ideas to technical and non-technical people",
            file: "skills.md"))
    return topics
}
