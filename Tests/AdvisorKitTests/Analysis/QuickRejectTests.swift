import Foundation
import Testing

@testable import AdvisorKit

/// The cheap checks put before costly ones answer as the costly ones alone: a leading condition is found
/// as before, and a declined word is spelled as the text spells it, ASCII or not.
@Suite struct QuickRejectTests {
    @Test func leadingConditionsAreFoundAsBefore() {
        let made = [
            "If I learn Python, what jobs can I get?", "  \tSince you asked, how do I start now?",
            "GIVEN the market, is it worth it at all?", "\u{A0}If so, what should I learn first?",
            "\u{2003}Because reasons, what is the pay here?", "İf so, what should I learn first?",
            "Though hard, is it a good career path?", "if, what", "", " ", "x, y z w", "Although",
        ]
        for text in ASCIIFastPathTests.texts + made {
            let fast = Sentences.leadingCondition(text)
            let alone = Sentences.splitAtLeadingCondition(text)
            #expect(fast?.0 == alone?.0 && fast?.1 == alone?.1, "\(text)")
        }
    }

    @Test func declinedWordsAreSpelledAsTyped() {
        #expect(Engine.typed(["nurse", "germany"], in: "Is a NURSE in Germany paid well?") == ["NURSE", "Germany"])
        #expect(Engine.typed(["café"], in: "Best Café jobs?") == ["Café"])
        #expect(Engine.typed(["x"], in: "nothing here") == ["x"])
        #expect(Engine.typed(["r2d2"], in: "is R2D2 real?") == ["R2D2"])
    }
}
