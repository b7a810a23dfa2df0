import AdvisorKit
import Foundation
import Testing

@testable import AdvisorTerminal

@Suite struct ProfileStoreTests {
    @Test func pathFollowsTheEnvironmentBesideTheHistory() {
        #expect(ProfileStore.path(environment: ["CAREER_ADVISOR_PROFILE": "/p", "HOME": "/h"]) == "/p")
        #expect(
            ProfileStore.path(environment: ["CAREER_ADVISOR_PROFILE": "", "HOME": "/h"])
                == "/h/.local/state/career-advisor/profile")
        #expect(ProfileStore.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/career-advisor/profile")
        #expect(ProfileStore.path(environment: ["HOME": "/h/"]) == "/h/.local/state/career-advisor/profile")
        #expect(ProfileStore.path(environment: [:]) == nil)
    }

    @Test func aProfileRoundTripsPrivatelyAndIsErased() throws {
        let folder = try TestKnowledge.temporaryFolder()
        defer { TestKnowledge.remove(folder) }
        let store = ProfileStore(path: folder + "/state/profile")
        #expect(store.load() == nil)
        var profile = Profile()
        profile.years = 3
        profile.stage = "mid-level"
        profile.skills = ["Python", "SQL"]
        profile.interests = ["speech: and\ntext"]
        profile.target = "nlp-engineer"
        #expect(store.save(profile) == nil)
        #expect(store.load() == profile)
        #expect(try TestKnowledge.mode(folder + "/state/profile") == 0o600)
        #expect(store.erase() == nil)
        #expect(store.load() == nil)
        #expect(store.erase() == nil, "erasing nothing is fine")
    }
}
