// swift-format-ignore-file
// Generated from Knowledge/ by `make knowledge` (swift run embed-knowledge). Do not edit.
import AdvisorKit

extension KnowledgeBase {
    /// The advisor's own knowledge, compiled in.
    public static let embedded = KnowledgeBase(
        topics: embeddedTopics(), lexicon: embeddedLexicon(), about: embeddedAbout())
}

private func embeddedAbout() -> About {
    About(
        name: "the AI-engineering career advisor", covers: "AI-engineering careers: roles, skills, career stages, salaries and getting started",
        greeting: nil,
        examples: ["What does an NLP engineer do?", "Which skills does a machine learning engineer need?", "How much can I earn with 3 years of experience?", "What is the difference between a deep learning and a computer vision engineer?", "How do I get started?"] as [String],
        threshold: 0.65)
}

private func embeddedLexicon() -> Lexicon {
    var synonyms: [String: [String]] = [:]
    synonyms["ai"] = ["artificial intelligence", "a.i", "a i"] as [String]
    synonyms["become"] = ["want to be", "wanna be", "would like to be", "hope to be", "aspire to be"] as [String]
    synonyms["best programming language"] = ["best language"] as [String]
    synonyms["beyond"] = ["beyond senior", "after senior"] as [String]
    synonyms["career break"] = ["take a break", "take time off", "time off work", "sabbatical"] as [String]
    synonyms["certificate"] = ["certs", "cert", "certificates", "certification", "certifications", "certified"] as [String]
    synonyms["company"] = ["companies", "employer", "employers", "firm", "firms"] as [String]
    synonyms["consultant"] = ["consultants", "consulting", "consultancy", "freelance", "freelancer"] as [String]
    synonyms["cv"] = ["computer vision", "computer-vision", "machine vision"] as [String]
    synonyms["degree"] = ["degrees", "diploma", "bachelor", "bachelors", "bachelor's", "master", "masters", "master's", "msc", "bsc", "grad school", "graduate school", "undergrad", "undergraduate degree", "postgrad", "postgraduate degree", "b tech", "btech", "m tech", "mtech", "b.tech", "m.tech", "meng", "beng"] as [String]
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
    synonyms["job"] = ["position", "positions", "occupation", "profession"] as [String]
    synonyms["mathematics"] = ["math", "maths", "mathematical", "mathematic"] as [String]
    synonyms["mid"] = ["mid-level", "mid level", "midlevel", "intermediate", "mid-career", "mid career"] as [String]
    synonyms["ml"] = ["machine learning", "machine-learning", "machinelearning"] as [String]
    synonyms["ml engineer"] = ["mle", "mles"] as [String]
    synonyms["neural networks"] = ["neural nets", "neural net", "neural network", "nn", "nns"] as [String]
    synonyms["nlp"] = ["natural language processing", "natural-language processing", "language processing"] as [String]
    synonyms["phd"] = ["ph.d", "ph d", "phds", "doctorate", "doctoral", "doctorates"] as [String]
    synonyms["programming"] = ["coding", "code", "coder", "programmer", "programmers", "software development"] as [String]
    synonyms["python"] = ["py", "python3"] as [String]
    synonyms["pytorch"] = ["torch", "py torch"] as [String]
    synonyms["requirement"] = ["requirements", "required", "require", "prerequisites", "prerequisite", "qualifications", "qualification"] as [String]
    synonyms["rl"] = ["reinforcement learning"] as [String]
    synonyms["roadmap"] = ["road map", "learning path", "study plan"] as [String]
    synonyms["role"] = ["job title", "job titles", "titles"] as [String]
    synonyms["salary"] = ["salaries", "pay", "pays", "paid", "paying", "payment", "earn", "earns", "earning", "earnings", "compensation", "comp", "wage", "wages", "income", "remuneration", "tc", "total compensation", "package", "make money", "paycheck", "stipend", "market rate", "going rate", "market value"] as [String]
    synonyms["saturated"] = ["crowded", "overcrowded", "over saturated", "over-saturated", "flooded"] as [String]
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
    synonyms["what programming language"] = ["what language"] as [String]
    synonyms["what programming languages"] = ["what languages"] as [String]
    synonyms["which programming language"] = ["which language"] as [String]
    synonyms["which programming languages"] = ["which languages"] as [String]
    synonyms["years"] = ["yrs", "yr", "yoe", "years of experience"] as [String]
    return Lexicon(
        synonyms: synonyms, ambiguous: ["cv"] as [String],
        outside: ["dentist", "doctor", "doctors", "nurse", "nurses", "pilot", "pilots", "teacher", "teachers", "lawyer", "lawyers", "plumber", "electrician", "accountant", "accountants", "pharmacist", "architect", "civil engineer", "mechanical engineer", "electrical engineer", "chemical engineer", "software engineer", "software developer", "web developer", "frontend developer", "designer", "designers", "ux", "ui designer", "marketer", "salesperson", "cashier", "clerk", "chef", "cook", "barista", "firefighter", "police officer", "soldier", "farmer", "athlete", "footballer", "actor", "musician", "youtuber", "streamer", "influencer", "writer", "journalist", "photographer", "therapist", "psychologist", "veterinarian", "surgeon", "radiologist", "nursing", "med school", "medical school", "quant", "trader", "traders", "trading", "actuary", "dietitian", "real estate agent", "truck driver", "driver", "janitor", "mba", "management consultant", "cybersecurity", "cyber security", "security analyst", "marketing", "sales", "evangelism", "evangelist", "developer advocate", "devrel", "web development", "mobile development", "app development", "game development", "webdev", "android", "ios app", "iphone app", "excel", "pivot table", "spreadsheet", "powerpoint", "ethics", "ethical", "resume", "résumé", "cover letter", "linkedin", "interview", "interviews", "leetcode", "reference letter", "negotiate", "negotiation", "raise", "referral", "referrals", "cold email", "networking", "meetup", "meetups", "conference talk", "conference talks", "public speaking", "coding interview", "take home assignment", "burnout", "work life balance", "imposter syndrome", "study abroad", "tax", "taxes", "taxed", "severance", "vesting", "vest", "rsu", "rsus", "401k", "mortgage", "loan", "rent", "cost of living", "currency", "exchange rate", "stock price", "crypto", "bitcoin", "visa", "visas", "h1b", "immigration", "green card", "laptop", "laptops", "gpu", "gpus", "graphics card", "buy", "price", "cost", "costs", "backpropagation", "backprop", "gradient descent", "eigenvalues", "eigenvalue", "attention mechanism", "loss function", "activation function", "nan", "cuda", "out of memory", "error message", "stack trace", "traceback", "exception", "crashing", "crashes", "kernel died", "pip install", "install", "sql query", "write a function", "function", "reverse a string", "code snippet", "my code", "my bug", "syntax error", "homework", "essay", "exam", "assignment", "fashion", "visit", "travel", "vacation", "holiday", "hotel", "flight", "derivative", "integral", "equation", "weather", "rain", "recipe", "pasta", "pizza", "football", "soccer", "basketball", "match score", "movie", "movies", "song", "snake", "snakes", "pet"] as [String])
}

private func embeddedTopics() -> [Topic] {
    var topics: [Topic] = []
    topics.append(
        Topic(
            id: "ai-engineer", title: "What an AI engineer is", intent: Intent(rawValue: "overview"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: ["AI engineer", "artificial intelligence engineer", "AI engineering"] as [String], years: nil,
            questions: ["What is an AI engineer?", "What does an AI engineer actually do?", "what's ai engineering?", "Can you explain the job of an artificial intelligence engineer?", "ai engineer meaning", "What do AI engineers build?"] as [String],
            keywords: ["artificial intelligence", "AI", "machine learning", "deep learning", "neural networks", "natural language processing", "NLP", "algorithms", "models", "training", "testing", "deployment", "self-driving cars", "recommendations", "social media"] as [String],
            skills: [] as [String],
            followups: ["roles", "skills", "typical-day-ai-engineer", "demand"] as [String],
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
            skills: ["AI principles", "academic research", "publishing papers", "PhD"] as [String],
            followups: ["qualifications-ai-research-scientist", "typical-day-ai-research-scientist", "mathematics"] as [String],
            body: "Research scientists commonly hold an advanced degree, frequently a PhD, and need a deep understanding of the principles behind AI. The work itself calls for academic-style research, writing papers for publication and working alongside experts from industry.",
            file: "ai-research-scientist-skills.md"))
    topics.append(
        Topic(
            id: "ai-research-scientist", title: "AI research scientist", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "ai-research-scientist", stage: nil, area: nil),
            names: ["AI research scientist", "research scientist", "AI researcher", "AI research", "AI scientist"] as [String], years: nil,
            questions: ["What does an AI research scientist do?", "research scientist in AI?", "What is an AI researcher?", "Who invents new AI algorithms?", "What does AI research work involve?", "is AI research more academic than engineering?", "Which AI career suits someone who prefers papers and experiments to shipping products?"] as [String],
            keywords: ["research", "researcher", "AI lab", "AI labs", "research lab", "research labs", "AI research", "algorithms", "techniques", "models", "papers", "publishing", "publications", "academia", "academic", "university", "experiments", "theory", "PhD", "new ideas", "industry experts"] as [String],
            skills: [] as [String],
            followups: ["ai-research-scientist-skills", "typical-day-ai-research-scientist", "qualifications-ai-research-scientist"] as [String],
            body: "AI research scientists create new algorithms, techniques and models that extend what AI can do. Much of the work is academic in style: doing research, publishing papers, and teaming up with industry experts to move AI theory forward. Many in the role have an advanced degree, often a PhD, and know the principles of AI in depth.",
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
            questions: ["Is it too late to get into AI in my thirties or forties?", "Can I switch careers into AI engineering?", "How do I move into AI from software development?", "I'm a teacher, can I become an AI engineer?", "career change to machine learning", "How do I transition into machine learning from another engineering job?", "I'm an experienced developer, how do I move into ML?", "Am I too old to learn AI?"] as [String],
            keywords: ["career change", "career changer", "switch careers", "pivot", "transition", "too late", "too old", "age", "mid-career", "retraining", "background", "software developer", "quit my job", "career break"] as [String],
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
            questions: ["What is the career path for an AI engineer?", "How do AI engineers progress in their careers?", "ai career ladder", "What comes after a junior AI job?", "Where can an AI career lead?", "What are the stages of an AI engineering career?"] as [String],
            keywords: ["career path", "progression", "career ladder", "promotion", "stages", "trajectory", "entry level", "mid level", "senior level", "junior", "senior", "growth"] as [String],
            skills: [] as [String],
            followups: ["entry-level", "mid-level", "senior-level", "career-timeline"] as [String],
            body: "The AI field is growing fast and offers several routes upward. A typical progression:\n\n- Entry level (just starting out): data scientist, junior machine learning engineer or AI research assistant\n- Mid level (after a few years): AI engineer, machine learning engineer or data engineer\n- Senior level: AI architect, AI product manager or lead machine learning engineer\n- Beyond (after many years): AI consultant, or founder of an AI startup",
            file: "career-path.md"))
    topics.append(
        Topic(
            id: "career-timeline", title: "How long each career stage takes", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["How long does it take to become a senior AI engineer?", "How many years until I reach mid-level in AI?", "how fast can you get promoted in machine learning", "How much experience counts as senior in AI?"] as [String],
            keywords: ["how long", "years", "timeline", "years of experience", "promotion", "speed", "faster", "senior", "mid level", "entry level"] as [String],
            skills: [] as [String],
            followups: ["career-path", "senior-level", "mid-level"] as [String],
            body: "The source article gives no year counts: it says only that people reach mid-level roles after a few years. The bands below are general guidance, and real timelines vary a lot with the employer and the person:\n\n- entry level: roughly the first year or two\n- mid level: about 2 to 5 years of experience\n- senior level (architect, lead or product manager): usually 6 years or more",
            file: "career-timeline.md"))
    topics.append(
        Topic(
            id: "cloud-platforms", title: "Which cloud platform to learn", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: "data"),
            names: [] as [String], years: nil,
            questions: ["Which cloud provider should I learn for AI?", "AWS, Azure or Google Cloud for machine learning?", "Is AWS the best cloud for AI engineers?", "which cloud skills do ml engineers need", "How do I get cloud experience for an AI job?"] as [String],
            keywords: ["cloud", "cloud provider", "AWS", "Amazon Web Services", "Azure", "Microsoft Azure", "Google Cloud", "GCP", "cloud certification", "managed services"] as [String],
            skills: [] as [String],
            followups: ["data", "portfolio", "databases-sql"] as [String],
            body: "The source article names AWS, Google Cloud and Microsoft Azure as the cloud platforms AI engineers use, without ranking them.\n\nGeneral guidance, not from the article: AWS has the largest market share, Azure is common in companies already built on Microsoft products, and Google Cloud is strong in data and ML tools. The main ideas (storage, compute, managed ML services) carry over between them, so pick the one your target employers use, learn it through one real project, and expect to pick up a second later.",
            file: "cloud-platforms.md"))
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
            questions: ["What skills does a computer vision engineer need?", "computer vision skills", "What should I learn for computer vision?", "Do computer vision engineers need deep learning?", "What do you need to know to work on image recognition?", "Which tools do computer vision engineers rely on?"] as [String],
            keywords: ["requirements", "tools", "frameworks", "image processing", "machine learning", "deep learning", "algorithms", "images", "video", "TensorFlow", "PyTorch", "scikit-learn"] as [String],
            skills: ["image processing", "machine learning", "deep learning"] as [String],
            followups: ["machine-learning", "computer-vision-engineer", "mathematics"] as [String],
            body: "You need to be skilled at image processing and comfortable with both machine learning and deep learning algorithms, since these are the tools that turn raw pixels into decisions. For the models themselves they rely on the frameworks expected of every AI engineer, such as TensorFlow, PyTorch and scikit-learn.",
            file: "computer-vision-engineer-skills.md"))
    topics.append(
        Topic(
            id: "computer-vision-engineer", title: "Computer vision engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "computer-vision-engineer", stage: nil, area: nil),
            names: ["computer vision engineer", "CV engineer", "vision engineer", "computer vision", "computer vision engineering"] as [String], years: nil,
            questions: ["What does a computer vision engineer do?", "computer vision engineer?", "What is computer vision engineering?", "Who works on facial recognition and object detection?", "what's a vision engineer", "Tell me about computer vision jobs", "Which AI job works with photos, video and cameras?", "Which AI job helps robots and autonomous vehicles see?"] as [String],
            keywords: ["computer vision", "visual data", "images", "pictures", "photos", "video", "cameras", "visual", "faces", "object detection", "facial recognition", "face recognition", "image classification", "robotics", "robots", "drones", "self-driving cars", "autonomous vehicles", "medical scans", "augmented reality"] as [String],
            skills: [] as [String],
            followups: ["computer-vision-engineer-skills", "typical-day-computer-vision-engineer", "salary-computer-vision-engineer", "qualifications-computer-vision-engineer"] as [String],
            body: "Computer vision engineers help machines make sense of visual data, such as photos and video, and decide what to do based on it. Typical tasks include detecting objects, recognizing faces and sorting images into categories. Vision is one of the specializations that can lift pay above the normal mid-level range.",
            file: "computer-vision-engineer.md"))
    topics.append(
        Topic(
            id: "data", title: "Data skills for AI", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: "data"),
            names: ["data skills", "data science", "big data", "data cleaning", "data preprocessing", "data analysis", "databases", "data engineering", "cloud platforms", "cloud computing", "cloud provider", "cloud providers", "big data tools"] as [String], years: nil,
            questions: ["What data skills does an AI engineer need?", "Do AI engineers need to know big data tools?", "Which cloud platforms are used in AI?", "do i need databases for AI?", "Is data engineering part of AI engineering?", "hadoop or spark for ai?"] as [String],
            keywords: ["data", "datasets", "data cleaning", "preprocessing", "data analysis", "databases", "big data", "Hadoop", "Spark", "cloud", "AWS", "Google Cloud", "Microsoft Azure", "Azure"] as [String],
            skills: ["data cleaning", "data preprocessing", "data analysis", "databases", "Hadoop", "Spark", "cloud platforms"] as [String],
            followups: ["cloud-platforms", "databases-sql", "machine-learning", "mid-level"] as [String],
            body: "Because AI engineers deal with large datasets, some grounding in data science and data engineering is important. That includes:\n\n- cleaning, preprocessing and analyzing data\n- working with databases\n- big data tools like Spark and Hadoop\n- cloud services such as AWS, Microsoft Azure or Google Cloud",
            file: "data.md"))
    topics.append(
        Topic(
            id: "databases-sql", title: "SQL for data work", intent: Intent(rawValue: "skill-area"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: "data"),
            names: [] as [String], years: nil,
            questions: ["Do AI engineers need SQL?", "Is SQL useful for machine learning?", "how important are databases and sql for ai jobs", "Should I learn SQL before machine learning?"] as [String],
            keywords: ["SQL", "queries", "relational databases", "tables", "PostgreSQL", "MySQL", "joins"] as [String],
            skills: ["SQL"] as [String],
            followups: ["data", "programming", "cloud-platforms"] as [String],
            body: "The source article asks AI engineers to be familiar with databases but does not name SQL, so this is general guidance.\n\nMuch company data sits in relational databases, and SQL is the usual way to pull it out: selecting, filtering, joining and summing up tables. That makes it a practical early data skill, and people coming from analyst jobs often have it already.",
            file: "databases-sql.md"))
    topics.append(
        Topic(
            id: "deep-learning-engineer-skills", title: "Skills of a deep learning engineer", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "deep-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does a deep learning engineer need?", "Which frameworks do deep learning engineers use?", "deep learning engineer skills", "Do DL engineers use PyTorch or TensorFlow?", "How much math does deep learning engineering take?", "What tools are used for deep learning work?"] as [String],
            keywords: ["requirements", "tools", "TensorFlow", "Keras", "PyTorch", "frameworks", "mathematics", "math", "linear algebra", "neural networks"] as [String],
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
            questions: ["What does a deep learning engineer do?", "DL engineer?", "What is deep learning engineering?", "Do deep learning engineers work with neural networks?", "what's a deep learning engineer's job like", "Tell me about deep learning engineers", "Which AI job trains neural networks on sound, pictures or text?"] as [String],
            keywords: ["deep learning", "DL", "neural networks", "neural nets", "unstructured data", "images", "audio", "sound", "music", "text", "signals", "large models", "GPUs", "self-improving systems"] as [String],
            skills: [] as [String],
            followups: ["deep-learning-engineer-skills", "typical-day-deep-learning-engineer", "salary-deep-learning-engineer", "qualifications-deep-learning-engineer"] as [String],
            body: "Deep learning engineers concentrate on neural networks, which are one branch of machine learning models. They build systems that learn from huge volumes of unstructured data, such as pictures, sound and text, and that keep getting better with time. The specialization can pay off: deep learning experts may earn more than the usual mid-level range.",
            file: "deep-learning-engineer.md"))
    topics.append(
        Topic(
            id: "demand-too-late", title: "Is it too late, or too crowded, to get into AI?", intent: Intent(rawValue: "demand"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Is it too late to get into AI or machine learning?", "Is the machine learning job market saturated?", "With so many people learning AI, is there still room for newcomers?", "is AI too crowded to start a career in now", "Is now still a good time to start a career in AI?", "Will there still be AI jobs by the time I finish learning?"] as [String],
            keywords: ["too late", "saturated", "oversaturated", "crowded", "competition", "competitive", "applicants", "layoffs", "laid off", "hiring freeze", "late", "newcomers", "room", "bubble", "still worth it", "evolving", "growing"] as [String],
            skills: [] as [String],
            followups: ["demand", "getting-started", "entry-level"] as [String],
            body: "From the source article: AI keeps moving into new industries, demand for skilled people has surged, the field still grows fast and keeps changing, and it ranks among the best-paid areas of tech. Its advice holds for beginners and old hands alike: build skills, get hands-on experience and follow the latest trends.\n\nGeneral guidance, not from the article: popularity also brings many applicants, so first jobs can be competitive. What stands out is solid basics (Python, math, machine learning), projects that show real work, and depth in one area such as vision or language. People start at all ages and from other careers, so starting now is not too late.",
            file: "demand-too-late.md"))
    topics.append(
        Topic(
            id: "demand", title: "Why AI engineers are in demand", intent: Intent(rawValue: "demand"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Is AI engineering a good career in 2025?", "Are AI engineers in demand?", "is it worth becoming an AI engineer?", "What are the job prospects for AI engineers?", "why is everyone hiring AI engineers right now", "Does AI engineering have a future?", "Is AI engineering just coding?", "Is machine learning a good field to build a career in?", "What is the outlook for jobs in artificial intelligence?"] as [String],
            keywords: ["demand", "job market", "prospects", "future", "growth", "worth it", "career", "hiring", "opportunities", "cutting-edge technology", "innovation", "trends", "rewarding"] as [String],
            skills: [] as [String],
            followups: ["demand-too-late", "salary", "getting-started"] as [String],
            body: "AI keeps spreading into more industries, so demand for skilled AI engineers has soared; they sit at the front of this technological shift. The field pays very well (it is among the top-paying areas of tech), offers many routes to grow, and lets you work on leading-edge technology that is changing the world, which makes it rewarding for people who love tech and innovation. It is about more than code: the job means solving real-world problems, driving progress and shaping whole industries. To succeed, build the right skills, gain hands-on experience and stay current with the latest trends.",
            file: "demand.md"))
    topics.append(
        Topic(
            id: "education", title: "Degrees and courses", intent: Intent(rawValue: "getting-started"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Do I need a degree to become an AI engineer?", "Do I need a PhD to work in AI?", "which degree is best for AI engineering?", "Are online courses enough to get an AI job?", "Are AI certificates worth it?", "can I become an AI engineer without a degree?", "master's or bachelor's for AI?", "Is a PhD worth it for a career in machine learning?", "Should I go back to school for a master's or keep applying for AI jobs?"] as [String],
            keywords: ["degree", "education", "university", "bachelor's", "master's", "PhD", "computer science", "mathematics", "statistics", "online courses", "certificates", "certification", "bootcamp", "self-taught", "without a degree", "no degree"] as [String],
            skills: [] as [String],
            followups: ["getting-started", "portfolio", "qualifications-ai-research-scientist"] as [String],
            body: "A degree in computer science, mathematics or statistics is a helpful base, but not the only way in:\n\n- bachelor's: the usual starting point for engineering roles\n- master's: common and useful, especially for a career change or for deep learning, vision or language work, but rarely required\n- PhD: matters mainly for AI research scientist roles, where advanced degrees are common\n- no degree: harder, but strong projects, courses and certificates can carry you\n\nGoing back to school or getting a job first both work; a job gives experience employers value, a degree gives structure and credentials.\n\n(General guidance; only the point about PhDs for research scientists comes from the source article.)",
            file: "education.md"))
    topics.append(
        Topic(
            id: "entry-level", title: "Entry-level AI jobs", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "entry", area: nil),
            names: ["entry level", "junior machine learning engineer", "data scientist", "AI research assistant"] as [String], years: 0...1,
            questions: ["What entry-level jobs are there in AI?", "What is a good first job in AI engineering?", "junior AI jobs?", "Can I start out as a data scientist?", "What does an AI research assistant do?", "what jobs can a graduate get in AI", "Will senior engineers mentor me in my first AI job?", "Do junior AI engineers get guidance or work on their own?"] as [String],
            keywords: ["entry level", "junior", "beginner", "graduate", "first job", "junior machine learning engineer", "data scientist", "AI research assistant", "mentorship", "mentor", "mentoring", "guidance", "supervision", "learning on the job"] as [String],
            skills: [] as [String],
            followups: ["salary-entry", "mid-level", "portfolio"] as [String],
            body: "Newcomers usually start as a junior machine learning engineer, a data scientist or an AI research assistant. These jobs give you hands-on practice with AI tools and algorithms while senior engineers guide your work, so you are not expected to work things out alone: learning from more experienced colleagues is part of the job at this stage.",
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
            questions: ["What does a machine learning engineer do?", "ML engineer?", "what is an MLE", "Tell me about the machine learning engineer role", "Is ML engineer an entry-level job or a senior one?", "Which AI job turns data into predictions that run in real products?"] as [String],
            keywords: ["machine learning", "ML", "models", "algorithms", "learning from data", "data", "large datasets", "predictions", "forecasting", "recommendations", "statistics", "accuracy", "deployment", "production", "junior machine learning engineer", "lead machine learning engineer"] as [String],
            skills: [] as [String],
            followups: ["machine-learning-engineer-skills", "typical-day-machine-learning-engineer", "qualifications-machine-learning-engineer", "salary-mid"] as [String],
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
            id: "neighbouring-jobs", title: "AI engineers beside data scientists, data engineers and software engineers", intent: nil,
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What is the difference between a data scientist and a machine learning engineer?", "How does an ML engineer differ from a software engineer?", "data engineer vs machine learning engineer", "Should I aim for data science or for AI engineering?", "Is a data analyst job a way into AI?"] as [String],
            keywords: ["data scientist", "data scientists", "data engineer", "data engineers", "data analyst", "software engineer", "software engineering", "neighbouring jobs", "related jobs"] as [String],
            skills: [] as [String],
            followups: ["entry-level", "mid-level", "machine-learning-engineer", "data"] as [String],
            body: "The jobs around AI engineering overlap, and people move between them all the time:\n\n- Data scientist: studies data to answer questions a business has, with statistics, experiments and models, and explains what it found to the people who decide. Running systems in production is a smaller part of the work. The source article lists it among the first jobs on the way into AI.\n- Data engineer: builds and runs the pipelines, databases and big-data tools (Spark or Hadoop, say) that supply models with clean data. The article counts it among the mid-level positions.\n- Data analyst: turns data into reports and dashboards, mostly with SQL and spreadsheets; many data scientists started here.\n- Software engineer: designs, builds and maintains software of every kind. A machine learning engineer is a software engineer who also trains, deploys and monitors models.\n- Machine learning engineer: carries models from experiments into products and keeps them working at scale.\n\nWhere one job ends and the next begins differs from company to company; in a small team one person may do all of it. (General guidance, apart from the two places the article is named.)",
            file: "neighbouring-jobs.md"))
    topics.append(
        Topic(
            id: "nlp-engineer-skills", title: "Skills of an NLP engineer", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "nlp-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What skills does an NLP engineer need?", "Do NLP engineers need linguistics?", "nlp skills", "What should I learn to work in natural language processing?", "What knowledge does NLP work require?", "Which tools and frameworks do NLP engineers work with?"] as [String],
            keywords: ["linguistics", "machine learning", "deep learning", "models", "techniques", "language", "requirements", "tools", "frameworks", "PyTorch", "TensorFlow", "scikit-learn"] as [String],
            skills: ["machine learning", "deep learning", "linguistics"] as [String],
            followups: ["machine-learning", "nlp-engineer", "getting-started"] as [String],
            body: "NLP engineers combine machine learning models and deep learning techniques with a working knowledge of linguistics. That mix is what lets them build AI that handles human language naturally. Their tools for the machine learning side are the frameworks every AI engineer is expected to know, such as PyTorch, TensorFlow and scikit-learn.",
            file: "nlp-engineer-skills.md"))
    topics.append(
        Topic(
            id: "nlp-engineer", title: "NLP engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "nlp-engineer", stage: nil, area: nil),
            names: ["NLP engineer", "natural language processing engineer", "NLP", "natural language processing", "NLP engineering"] as [String], years: nil,
            questions: ["What does an NLP engineer do?", "nlp engineer?", "What is natural language processing engineering?", "Who builds chatbots and virtual assistants?", "Is there an AI job that works on language and translation?", "Tell me about NLP engineering jobs", "Which AI role works with written text, documents and conversations?", "I enjoy languages and words, what kind of AI work suits that?"] as [String],
            keywords: ["natural language processing", "NLP", "human language", "large language models", "LLM", "LLMs", "language models", "chatbots", "virtual assistants", "translation", "machine translation", "text", "words", "language", "languages", "documents", "emails", "customer reviews", "reviews", "chat logs", "conversations", "sentiment", "summarization", "search", "speech", "speech recognition", "voice", "transcripts", "linguistics"] as [String],
            skills: [] as [String],
            followups: ["nlp-engineer-skills", "typical-day-nlp-engineer", "qualifications-nlp-engineer", "deep-learning-engineer"] as [String],
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
            id: "qualifications-ai-research-scientist", title: "Do AI research scientists need a PhD?", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "ai-research-scientist", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Is a PhD really necessary for an AI research scientist?", "Can I do AI research with only a master's degree?", "What can I do in AI research without a PhD?", "What could I do instead of a PhD and still stay close to research?", "do research scientists all have doctorates", "Should I do a PhD to work in AI research?"] as [String],
            keywords: ["degree", "master's", "PhD", "doctorate", "advanced degree", "education", "graduate school", "research assistant", "research engineer", "publications"] as [String],
            skills: [] as [String],
            followups: ["ai-research-scientist-skills", "entry-level", "education"] as [String],
            body: "The source article says research scientists often hold an advanced degree such as a PhD. Often, not always.\n\nThe rest is general guidance: a PhD is the usual entry ticket to research scientist posts, because it proves you can do original research and publish it. People without one do get in, typically with a master's and strong published work. Other ways to stay close to research without a PhD are AI research assistant (one of the article's entry-level jobs), research engineer, or machine learning engineer on a research team.",
            file: "qualifications-ai-research-scientist.md"))
    topics.append(
        Topic(
            id: "qualifications-computer-vision-engineer", title: "Degrees for computer vision engineers", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "computer-vision-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Which degree do computer vision engineers usually hold?", "Is a master's common among computer vision engineers?", "Do computer vision engineers need a PhD?", "what education do vision engineers have", "Can I work in computer vision with a bachelor's?"] as [String],
            keywords: ["degree", "bachelor's", "master's", "PhD", "doctorate", "education", "university", "computer science", "electrical engineering", "self-taught"] as [String],
            skills: [] as [String],
            followups: ["computer-vision-engineer-skills", "portfolio", "education"] as [String],
            body: "The source article does not say which degree this role needs, so this is general guidance.\n\nComputer vision engineers usually hold a degree in computer science, electrical engineering or mathematics, and a master's is common, since much of the specialist material is taught at that level. A PhD matters mainly for research teams. A bachelor's plus convincing projects, such as a detector or classifier you trained and deployed, can be enough for many engineering teams.",
            file: "qualifications-computer-vision-engineer.md"))
    topics.append(
        Topic(
            id: "qualifications-deep-learning-engineer", title: "Degrees for deep learning engineers", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "deep-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Which degree do deep learning engineers usually hold?", "Is a master's in deep learning important?", "Is a PhD necessary for deep learning work?", "what education do you need for DL", "Can I get into deep learning with a bachelor's degree?"] as [String],
            keywords: ["degree", "bachelor's", "master's", "PhD", "doctorate", "education", "university", "computer science", "mathematics", "self-taught"] as [String],
            skills: [] as [String],
            followups: ["deep-learning-engineer-skills", "portfolio", "education"] as [String],
            body: "The source article does not say which degree this role needs, so this is general guidance.\n\nDeep learning leans on mathematics, so a degree in computer science, mathematics, physics or engineering is the usual base, and a master's is common, especially at large tech companies. It is not a must: a bachelor's plus strong projects, such as models you trained and can explain, also gets people hired. A PhD matters mainly if you want to move towards research.",
            file: "qualifications-deep-learning-engineer.md"))
    topics.append(
        Topic(
            id: "qualifications-machine-learning-engineer", title: "Degrees for machine learning engineers", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "machine-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Which degree do machine learning engineers usually hold?", "Do employers ask ML engineers for a master's?", "Do ML engineers need a PhD?", "what education do machine learning engineers have", "Can I be an ML engineer with only a bachelor's?"] as [String],
            keywords: ["degree", "bachelor's", "master's", "PhD", "doctorate", "education", "university", "computer science", "statistics", "self-taught"] as [String],
            skills: [] as [String],
            followups: ["machine-learning-engineer-skills", "portfolio", "education"] as [String],
            body: "The source article does not say which degree this role needs, so this is general guidance.\n\nMost machine learning engineers have a bachelor's in computer science, mathematics, statistics or a related subject, and many also have a master's. A PhD is rarely needed: the job is about building and running models in production, so employers care mostly about programming, statistics and projects you have shipped. Without a degree it is harder but possible, usually coming from software engineering with strong projects.",
            file: "qualifications-machine-learning-engineer.md"))
    topics.append(
        Topic(
            id: "qualifications-nlp-engineer", title: "Degrees for NLP engineers", intent: Intent(rawValue: "role-skills"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "nlp-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Which degree do NLP engineers usually hold?", "Is a master's in computational linguistics worth it for NLP work?", "Do NLP engineers need a PhD?", "what should I study to work in natural language processing", "Can a linguistics graduate get into NLP engineering?"] as [String],
            keywords: ["degree", "bachelor's", "master's", "PhD", "doctorate", "education", "university", "computational linguistics", "linguistics", "computer science"] as [String],
            skills: [] as [String],
            followups: ["nlp-engineer-skills", "portfolio", "education"] as [String],
            body: "The source article does not say which degree this role needs, so this is general guidance.\n\nNLP engineers usually come from computer science, or from linguistics with strong programming added, and a master's (for example in computational linguistics or machine learning) is a common route. A PhD is needed mainly for research-heavy NLP teams. Whatever the degree, employers want to see Python, machine learning and projects that work with real text.",
            file: "qualifications-nlp-engineer.md"))
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
            id: "salary-bonuses-equity", title: "Bonuses and equity", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Do AI jobs come with bonuses or equity?", "Is there stock on top of the base in a tech job offer?", "What does total compensation include besides the base?", "do machine learning jobs come with stock options", "are performance bonuses common in AI roles"] as [String],
            keywords: ["bonus", "bonuses", "equity", "stock", "stock options", "shares", "total compensation", "package", "perks", "performance bonus", "vesting", "RSUs", "startups"] as [String],
            skills: [] as [String],
            followups: ["salary-senior", "salary-factors", "salary-location"] as [String],
            body: "From the source article: experienced AI architects and AI product managers may receive performance bonuses and equity in tech companies, on top of their senior earnings. The article gives no figures for either, and its ranges are yearly amounts in US dollars.\n\nGeneral guidance, not from the article: at many tech firms the package has three parts, a base amount, a yearly bonus and stock that vests over a few years, and these extras often reach junior staff as well. Startups tend to offer more equity and less cash; that equity can end up worth a lot or nothing. Compare job offers on the whole package, not on the base alone.",
            file: "salary-bonuses-equity.md"))
    topics.append(
        Topic(
            id: "salary-computer-vision-engineer", title: "Computer vision engineer pay", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "computer-vision-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["How much do computer vision engineers make?", "Do computer vision engineers earn more than other AI engineers?", "Does computer vision pay better than general machine learning?", "computer vision engineer pay", "cv engineer salary range"] as [String],
            keywords: ["computer vision", "specialization", "specialist", "premium", "higher pay", "pay more", "earn more", "$100,000", "$130,000"] as [String],
            skills: [] as [String],
            followups: ["salary-deep-learning-engineer", "salary-senior", "computer-vision-engineer-skills"] as [String],
            body: "There are no separate pay figures for computer vision engineers, but the source article names computer vision as a specialty that can earn more than the usual range. For comparison, AI engineers in general earn, per year in US dollars:\n\n- starting out: $70,000 to $90,000\n- after a few years: $100,000 to $130,000, with computer vision specialists possibly higher\n- senior: $150,000 to $200,000 or more",
            file: "salary-computer-vision-engineer.md"))
    topics.append(
        Topic(
            id: "salary-deep-learning-engineer", title: "Deep learning engineer pay", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: "deep-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["How much do deep learning engineers make?", "Do deep learning engineers earn more than regular ML engineers?", "Does specializing in deep learning pay better?", "deep learning engineer salary", "is deep learning a higher paying specialty"] as [String],
            keywords: ["deep learning", "specialization", "specialist", "premium", "higher pay", "pay more", "earn more", "$100,000", "$130,000"] as [String],
            skills: [] as [String],
            followups: ["salary-computer-vision-engineer", "salary-senior", "deep-learning-engineer-skills"] as [String],
            body: "There are no separate pay figures for deep learning engineers, but the source article names deep learning as a specialty that can earn more than the usual range. For comparison, AI engineers in general earn, per year in US dollars:\n\n- starting out: $70,000 to $90,000\n- after a few years: $100,000 to $130,000, with deep learning specialists possibly higher\n- senior: $150,000 to $200,000 or more",
            file: "salary-deep-learning-engineer.md"))
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
            followups: ["salary-location", "salary-bonuses-equity", "salary-senior"] as [String],
            body: "Several things move an AI engineer's pay:\n\n- Experience: pay climbs steeply from entry to senior level\n- Location: senior pay is highest in high-demand hubs such as Silicon Valley and New York (all figures are US figures)\n- Specialization: specialists in deep learning or computer vision may earn more than the usual range\n- Extras: experienced architects and product managers may receive performance bonuses and equity",
            file: "salary-factors.md"))
    topics.append(
        Topic(
            id: "salary-location", title: "AI pay by location in the US", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["Where in the US are AI jobs best paid?", "Do you earn more in Silicon Valley or New York?", "Does the city you live in change what you make in AI?", "Do AI jobs away from the big tech hubs pay less?"] as [String],
            keywords: ["location", "place", "city", "cities", "region", "state", "Silicon Valley", "San Francisco", "SF", "Bay Area", "New York", "NYC", "hubs", "tech hubs", "cost of living", "remote", "US", "United States", "USD"] as [String],
            skills: [] as [String],
            followups: ["salary", "salary-factors", "salary-bonuses-equity"] as [String],
            body: "All amounts here are for jobs in the US, in US dollars; the knowledge has no pay data for other countries.\n\nFrom the source article: where you work moves pay. Starting pay of $70,000 to $90,000 shifts with the local job market, and senior pay of $150,000 to $200,000 or more is most likely in high-demand hubs such as Silicon Valley and New York.\n\nGeneral guidance, not from the article: pay usually drops in smaller US markets, where living costs drop too, and remote jobs sometimes adjust pay to where you live.",
            file: "salary-location.md"))
    topics.append(
        Topic(
            id: "salary-mid", title: "Mid-level AI salary", intent: Intent(rawValue: "salary"),
            origin: Topic.Origin(rawValue: "article")!,
            slots: Slots(role: nil, stage: "mid", area: nil),
            names: [] as [String], years: nil,
            questions: ["How much does a mid-level AI engineer earn?", "What does a machine learning engineer earn after a few years?", "mid level ai salary", "How much do AI engineers make with 3 years of experience?", "What can I earn after three or four years in machine learning?"] as [String],
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
            id: "senior-timeline", title: "How long it takes to reach senior level", intent: Intent(rawValue: "career-path"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: "senior", area: nil),
            names: [] as [String], years: nil,
            questions: ["How many years does it take to become a senior AI engineer?", "how long until I'm senior in machine learning", "How can I reach a senior AI role faster?", "When do AI engineers usually get promoted to senior?"] as [String],
            keywords: ["how long", "timeline", "faster", "quicker", "reach senior", "speed up"] as [String],
            skills: [] as [String],
            followups: ["senior-level", "salary-senior", "communication"] as [String],
            body: "The source article does not say how many years it takes; this is general guidance. Many people reach senior titles after about six years or more, some sooner, and it depends far more on what you have done than on time served.\n\nWhat tends to speed it up, judging by the senior duties the article describes:\n\n- leading projects from start to finish, not only parts of them\n- thinking about strategy: which AI work matters for the business\n- explaining your work clearly to managers and non-technical colleagues\n- helping and guiding junior engineers",
            file: "senior-timeline.md"))
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
            body: "AI engineers need a blend of technical and soft skills. Six areas matter most:\n\n- Programming: Python, R and Java\n- Mathematics: linear algebra, calculus, probability and statistics\n- Machine learning and deep learning: the techniques, and frameworks such as TensorFlow, PyTorch, Keras and scikit-learn\n- Data: cleaning and analysis, databases, big data tools and the cloud\n- Problem solving: designing answers to real-world challenges\n- Communication: explaining ideas to technical and non-technical people",
            file: "skills.md"))
    topics.append(
        Topic(
            id: "typical-day-ai-engineer", title: "A typical day as an AI engineer", intent: Intent(rawValue: "overview"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: nil, stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What kind of work do AI engineers do all day?", "What does a normal workday look like for an AI engineer?", "day in the life of an AI engineer", "What would I actually be doing all week as an AI engineer?", "how do AI engineers spend their week"] as [String],
            keywords: ["typical day", "daily work", "day to day", "workday", "routine", "week", "tasks", "meetings", "code review", "data", "models", "deployment", "monitoring"] as [String],
            skills: [] as [String],
            followups: ["roles", "skills", "ai-engineer"] as [String],
            body: "The source article lists the work itself: writing algorithms, building and training models, testing how well they perform and deploying them for real use.\n\nSpread over a week, that usually means (general guidance, not from the article):\n\n- writing and reviewing code, much of it around data rather than models\n- preparing data and running training or evaluation jobs\n- chasing problems: a model that got worse, a pipeline that broke\n- deploying updates and keeping an eye on systems already in use\n- meetings with teammates and business people to agree on what to build",
            file: "typical-day-ai-engineer.md"))
    topics.append(
        Topic(
            id: "typical-day-ai-research-scientist", title: "A typical day as an AI research scientist", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "ai-research-scientist", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What does an AI research scientist do all day?", "What is the day-to-day work of an AI researcher?", "What does a research scientist's week look like?", "day in the life of a research scientist in AI", "How do AI research scientists spend their time?", "is research scientist work mostly reading and writing papers?"] as [String],
            keywords: ["typical day", "daily work", "day to day", "workday", "routine", "week", "papers", "experiments", "hypotheses", "conferences", "collaborators", "prototypes"] as [String],
            skills: [] as [String],
            followups: ["ai-research-scientist-skills", "qualifications-ai-research-scientist", "career-path"] as [String],
            body: "From the source article: AI research scientists develop new algorithms, techniques and models that push AI forward, through academic-style research, publishing papers and working with industry experts.\n\nIn practice a week often mixes (general guidance, not from the article):\n\n- reading recent papers to see what has been tried\n- forming an idea and testing it in experiments, most of which fail\n- writing code for prototypes rather than finished products\n- writing up results as papers and presenting them to colleagues\n- discussing work with collaborators inside and outside the company",
            file: "typical-day-ai-research-scientist.md"))
    topics.append(
        Topic(
            id: "typical-day-computer-vision-engineer", title: "A typical day as a computer vision engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "computer-vision-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What does a computer vision engineer do day to day?", "What are the daily tasks of a computer vision engineer?", "day in the life of a computer vision engineer", "What does a normal week look like for a vision engineer?", "what kind of tasks do cv engineers handle daily"] as [String],
            keywords: ["typical day", "daily work", "day to day", "workday", "routine", "tasks", "week", "annotation", "cameras", "video", "photos", "datasets", "edge devices"] as [String],
            skills: [] as [String],
            followups: ["computer-vision-engineer-skills", "qualifications-computer-vision-engineer", "salary-computer-vision-engineer"] as [String],
            body: "From the source article: computer vision engineers help machines interpret images and video and act on them, with tasks such as detecting objects, recognising faces and classifying images.\n\nHow the days are usually spent (general guidance, not from the article):\n\n- collecting and annotating images or video, and checking the annotations\n- processing images and training detection or classification models\n- studying the pictures a model gets wrong and working out why\n- making models fast enough for cameras, phones or robots\n- testing in real conditions, such as poor light or new camera angles",
            file: "typical-day-computer-vision-engineer.md"))
    topics.append(
        Topic(
            id: "typical-day-deep-learning-engineer", title: "A typical day as a deep learning engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "deep-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What does a deep learning engineer do day to day?", "What would my work look like as a deep learning engineer?", "day in the life of a DL engineer", "How does a deep learning engineer spend a normal week?", "what kind of tasks fill a deep learning job"] as [String],
            keywords: ["typical day", "daily work", "day to day", "workday", "routine", "tasks", "week", "training runs", "GPUs", "experiments", "architectures", "datasets", "audio", "images", "text"] as [String],
            skills: [] as [String],
            followups: ["deep-learning-engineer-skills", "qualifications-deep-learning-engineer", "salary-deep-learning-engineer"] as [String],
            body: "From the source article: deep learning engineers build neural networks that learn from huge volumes of unstructured data (pictures, sound, text) and get better the more they see.\n\nA normal week tends to involve (general guidance, not from the article):\n\n- collecting and annotating data, and cleaning up the messy parts\n- choosing or adapting a network architecture in PyTorch, TensorFlow or Keras\n- running training jobs on GPUs, often for hours or days, and reading the results\n- tuning, debugging and comparing experiments\n- shrinking and speeding up a trained model so it can run in a product",
            file: "typical-day-deep-learning-engineer.md"))
    topics.append(
        Topic(
            id: "typical-day-machine-learning-engineer", title: "A typical day as a machine learning engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "machine-learning-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What's the day-to-day of a machine learning engineer like?", "What would I actually work on as an ML engineer?", "What does a normal week look like for an ML engineer?", "day in the life of a machine learning engineer", "How do ML engineers spend their working week?", "what tasks does an ml engineer do every day"] as [String],
            keywords: ["typical day", "daily work", "day to day", "workday", "routine", "tasks", "week", "pipelines", "features", "training runs", "experiments", "monitoring", "production", "predictions", "forecasting", "recommendations"] as [String],
            skills: [] as [String],
            followups: ["machine-learning-engineer-skills", "qualifications-machine-learning-engineer", "salary-mid"] as [String],
            body: "The core of the job, as the source article puts it: machine learning engineers build, tune and deploy models that learn from data, working with large datasets and making sure the models stay accurate.\n\nHow that usually fills a week (general guidance, not from the article):\n\n- preparing and checking data, and turning it into features a model can use\n- training models, comparing versions and tracking the results\n- fixing what breaks: bad data, slow training, a drop in accuracy\n- putting models into production and monitoring them there\n- reviewing code and agreeing with product people on what to build next",
            file: "typical-day-machine-learning-engineer.md"))
    topics.append(
        Topic(
            id: "typical-day-nlp-engineer", title: "A typical day as an NLP engineer", intent: Intent(rawValue: "role"),
            origin: Topic.Origin(rawValue: "general guidance")!,
            slots: Slots(role: "nlp-engineer", stage: nil, area: nil),
            names: [] as [String], years: nil,
            questions: ["What does an NLP engineer do day to day?", "What would I actually be building as a natural language processing engineer?", "What does a working week look like in NLP engineering?", "day in the life of an NLP engineer", "What does the daily work in natural language processing involve?", "Is NLP work more modelling, data work or linguistics?"] as [String],
            keywords: ["typical day", "daily work", "day to day", "workday", "routine", "tasks", "week", "text data", "documents", "language models", "evaluation", "annotation", "pipelines"] as [String],
            skills: [] as [String],
            followups: ["nlp-engineer-skills", "qualifications-nlp-engineer", "salary-factors"] as [String],
            body: "From the source article: NLP engineers build systems that understand, interpret and produce human language, such as chatbots, virtual assistants and translation tools, drawing on machine learning, deep learning and linguistics.\n\nWhat the work usually involves (general guidance, not from the article):\n\n- gathering and cleaning text: documents, support tickets, reviews, transcripts\n- training or adapting language models and reading what they get wrong\n- building test sets and measuring quality, often with people annotating examples\n- wiring the model into a product, such as a chatbot, and watching how it behaves\n- a mix of data work, modelling and engineering, with linguistics as a guide rather than the main task",
            file: "typical-day-nlp-engineer.md"))
    return topics
}
