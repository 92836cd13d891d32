// A hash table of folded words (UTF-16, as TextNormalizer leaves them) to small values, made for the
// analyzer's hot path: one flat array of slots with linear probing and the keys' text in one arena,
// so that a look-up is a hash, a probe or two and one comparison, with no allocation and no pointer
// chasing. Words are short and the tables small (a lexicon's stopwords, a thread's cache of forms).
// Not thread-safe for writing; a const table may be read from any thread.
#pragma once

#include <QStringView>
#include <QtGlobal>
#include <cstring>
#include <vector>

namespace calma {

template<typename Value>
class FoldedWordTable
{
public:
    static quint64 hash(QStringView word)
    {
        // FNV-1a over the UTF-16 units: the keys are short words, for which it beats a block hash.
        // Its low bits depend only on the low bits of the letters, so the result is mixed before the
        // table takes its low bits as the slot.
        quint64 h = 14695981039346656037ull;
        for (const QChar c : word)
            h = (h ^ c.unicode()) * 1099511628211ull;
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ull;
        return h ^ (h >> 32);
    }

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }

    const Value *find(QStringView word) const { return find(word, hash(word)); }
    const Value *find(QStringView word, quint64 h) const
    {
        if (m_slots.empty())
            return nullptr;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.length == kEmpty)
                return nullptr;
            if (slot.hash == h && slot.length == word.size()
                && std::memcmp(m_text.data() + slot.offset, word.utf16(), size_t(word.size()) * sizeof(char16_t)) == 0)
                return &slot.value;
        }
    }
    bool contains(QStringView word) const { return find(word) != nullptr; }

    // Adds the word, or replaces its value. Words longer than 65,534 units are not kept (no word is).
    void insert(QStringView word, const Value &value) { insert(word, hash(word), value); }
    void insert(QStringView word, quint64 h, const Value &value)
    {
        if (word.size() >= kEmpty)
            return;
        if (size_t(m_count + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.length == kEmpty) {
                slot.hash = h;
                slot.offset = quint32(m_text.size());
                slot.length = quint16(word.size());
                slot.value = value;
                m_text.insert(m_text.end(), word.utf16(), word.utf16() + word.size());
                ++m_count;
                return;
            }
            if (slot.hash == h && slot.length == word.size()
                && std::memcmp(m_text.data() + slot.offset, word.utf16(), size_t(word.size()) * sizeof(char16_t)) == 0) {
                slot.value = value;
                return;
            }
        }
    }

    void clear()
    {
        m_slots.assign(m_slots.size(), Slot());
        m_text.clear();
        m_count = 0;
    }

private:
    static constexpr quint16 kEmpty = 0xFFFF;
    struct Slot
    {
        quint64 hash = 0;
        quint32 offset = 0;
        quint16 length = kEmpty;
        Value value{};
    };

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot());
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.length == kEmpty)
                continue;
            size_t i = size_t(slot.hash) & mask;
            while (m_slots[i].length != kEmpty)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<char16_t> m_text;
    qsizetype m_count = 0;
};

} // namespace calma
