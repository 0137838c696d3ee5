import DocentModel
import Foundation
import Testing

@Suite("Money")
struct MoneyTests {
    @Test("Addition and multiplication keep the currency")
    func arithmetic() {
        let price = Money(cents: 2000, currency: "EUR")
        #expect(price.adding(price) == Money(cents: 4000, currency: "EUR"))
        #expect(price.adding(Money(cents: 1, currency: "USD")) == nil, "another currency is not added")
        #expect(Money(cents: Int.max, currency: "EUR").adding(Money(cents: 1, currency: "EUR")) == nil, "an overflow is not a trap")
        #expect(price * 3 == Money(cents: 6000, currency: "EUR"))
        #expect(3 * price == price * 3)
        #expect(price < Money(cents: 2001, currency: "EUR"))
    }

    @Test("Codable as {cents, currency}")
    func codable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(Money(cents: 5000, currency: "EUR"))
        #expect(String(decoding: data, as: UTF8.self) == #"{"cents":5000,"currency":"EUR"}"#)
        #expect(try JSONDecoder().decode(Money.self, from: data) == Money(cents: 5000, currency: "EUR"))
    }

    @Test("Billing cycles have 1 or 12 months")
    func cycles() {
        #expect(BillingCycle.monthly.months == 1)
        #expect(BillingCycle.annual.months == 12)
    }
}
