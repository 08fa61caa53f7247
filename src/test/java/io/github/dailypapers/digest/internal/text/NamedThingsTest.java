package io.github.dailypapers.digest.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks for English that names a thing the Korean before it only describes, each at its
 * edges. A text is written with the term in square brackets: {@code [요약 작업](XSum)에서 18.6%}.
 */
class NamedThingsTest {

    /** The text without the brackets, and the range of the term they marked. */
    private record Marked(String text, TermSpan.Range term) {
        static Marked of(String marked) {
            int open = marked.indexOf('[');
            int close = marked.indexOf(']');
            String text = marked.substring(0, open) + marked.substring(open + 1, close) + marked.substring(close + 1);
            return new Marked(text, new TermSpan.Range(open, close - 1));
        }
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        성능은 [요약 작업](XSum)에서 18.6% 올랐다          | XSum          | true
        성능은 [요약 작업](XSum)에서는 18.6% 올랐다        | XSum          | true
        성능은 [요약 작업](XSum)에서도 9% 올랐다           | XSum          | true
        성능은 [요약 작업](XSum)에서   0.5% 올랐다         | XSum          | true
        성능은 [요약 작업](XSum)에서 각각 63.6% 올랐다     | XSum          | true
        성능은 [요약 작업](XSum)에서 약 2% 올랐다          | XSum          | true
        성능은 에이전트 [제어](ALFWorld) 벤치마크에서 앞섰다 | ALFWorld      | true
        성능은 [에이전트 제어](ALFWorld) 벤치마크에서 앞섰다 | ALFWorld      | false
        성능은 [요약 작업](XSum)에서 점수가 올랐다         | XSum          | false
        성능은 [요약 작업](XSum)에서                       | XSum          | false
        성능은 [요약 작업](XSum)에서 /5 올랐다             | XSum          | false
        성능은 [요약 작업](XSum)에서 :5 올랐다             | XSum          | false
        성능은 [요약 작업](XSum)에 18.6% 올랐다            | XSum          | false
        성능은 [요약 작업](XSum)를 쓴다                    | XSum          | false
        성능은 [요약 작업](Summary)에서 18.6% 올랐다       | Summary       | false
        성능은 [헬라스웨그](HellaSwag)에서 85%다           | HellaSwag     | false
        성능은 [모션 캡처](MoCap)에서 12% 올랐다           | MoCap         | false
        """)
    void aBenchmarkNamedAfterWhatItTests(String marked, String phrase, boolean expected) {
        Marked m = Marked.of(marked);
        assertEquals(expected, NamedThings.namesABenchmark(m.text(), m.term(), phrase), marked);
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        OpenCharacter는 두 전략을 쓴다: [응답 재작성](OpenCharacter-R)   | OpenCharacter-R      | true
        Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                       | Abc-R                | true
        Ab는 두 전략을 쓴다: [응답 재작성](Ab-R)                         | Ab-R                 | false
        Abc는 두 전략을 쓴다: [응답 재작성](Abc-Suffix)                  | Abc-Suffix           | true
        Abc는 두 전략을 쓴다: [응답 재작성](Abc-Suffixx)                 | Abc-Suffixx          | false
        Abc는 두 전략을 쓴다: [응답 재작성](Abc-R-G)                     | Abc-R-G              | false
        Abc는 두 전략을 쓴다: [응답 재작성](Abc R-G)                     | Abc R-G              | false
        Abc는 두 전략을 쓴다: [응답 A 재작성](Abc-R)                     | Abc-R                | false
        Abc는 두 전략을 쓴다: [디코더 전용](Abc-R)                       | Abc-R                | false
        두 전략을 쓴다: [응답 재작성](Abc-R)                             | Abc-R                | false
        xAbc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | false
        Abcx는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | false
        Abc-R는 두 전략을 쓴다: [응답 재작성](Abc-R)                     | Abc-R                | false
        0Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | false
        Abc9는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | false
        ZAbc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | false
        aAbc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | false
        @Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        `Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        {Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        /Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        :Abc는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        Abc@는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        Abc:는 두 전략을 쓴다: [응답 재작성](Abc-R)                      | Abc-R                | true
        """)
    void aVariantOfAThingNamedBefore(String marked, String phrase, boolean expected) {
        Marked m = Marked.of(marked);
        assertEquals(expected, NamedThings.namesAVariant(m.text(), m.term(), phrase), marked);
    }

    @Test
    void aVariantIsLookedForOnlyIn400CharsBeforeTheTerm() {
        String pad = "가".repeat(400 - "Abc".length());
        String near = "Abc" + pad + "응답 재작성";
        String far = "Abc" + pad + "가" + "응답 재작성";
        TermSpan.Range nearTerm = new TermSpan.Range(near.length() - 6, near.length());
        TermSpan.Range farTerm = new TermSpan.Range(far.length() - 6, far.length());
        assertEquals(true, NamedThings.namesAVariant(near, nearTerm, "Abc-R"));
        assertEquals(false, NamedThings.namesAVariant(far, farTerm, "Abc-R"));
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        GLM의 [캐싱](G-cache)을 쓴다          | G-cache      | true
        GLM의 [캐싱](GG-cache)을 쓴다         | GG-cache     | true
        GLM의 [캐싱](GGG-cache)을 쓴다        | GGG-cache    | true
        GLM의 [캐싱](GGGG-cache)을 쓴다       | GGGG-cache   | false
        GLM의 [캐싱](-cache)을 쓴다           | -cache       | false
        GLM의 [캐싱](G-c)을 쓴다              | G-c          | false
        GLM의 [캐싱](G-ca)을 쓴다             | G-ca         | true
        GLM의 [캐싱](G-Cache)을 쓴다          | G-Cache      | true
        GLM의 [캐싱](Z-cache)을 쓴다          | Z-cache      | true
        GLM의 [캐싱](A-cache)을 쓴다          | A-cache      | true
        GLM의 [캐싱](C-cache)을 쓴다          | C-cache      | false
        GLM의 [캐싱](g-cache)을 쓴다          | g-cache      | false
        GLM의 [캐싱](@-cache)을 쓴다          | @-cache      | false
        GLM의 [캐싱]([-cache)을 쓴다          | [-cache      | false
        GLM의 [캐싱](G-CAche)을 쓴다          | G-CAche      | false
        GLM의 [캐싱](G-c@che)을 쓴다          | G-c@che      | false
        GLM의 [캐싱](G-c{che)을 쓴다          | G-c{che      | false
        GLM의 [캐싱](G-`ache)을 쓴다          | G-`ache      | false
        GLM의 [캐싱](G-zache)을 쓴다          | G-zache      | true
        GLM의 [캐싱](G-cachez)을 쓴다         | G-cachez     | true
        GLM의 [캐싱](G-cache-x)을 쓴다        | G-cache-x    | false
        GLM의 [G 캐싱](G-cache)을 쓴다        | G-cache      | false
        GLM의 [Z 캐싱](G-cache)을 쓴다        | G-cache      | false
        GLM의 [a 캐싱](G-cache)을 쓴다        | G-cache      | false
        GLM의 [z 캐싱](G-cache)을 쓴다        | G-cache      | false
        GLM의 [꽃게 캐싱](G-cache)을 쓴다     | G-cache      | false
        """)
    void aLetteredName(String marked, String phrase, boolean expected) {
        Marked m = Marked.of(marked);
        assertEquals(expected, NamedThings.namesALetteredThing(m.text(), m.term(), phrase), marked);
    }

    @ParameterizedTest(name = "[{index}] {0} ({1}): {2}")
    @CsvSource(delimiter = '|', textBlock = """
        IPV-BENCH는 크다. 텍스트 프롬프트(IPV-TXT)   | IPV-TXT  | true
        IP-BENCH는 크다. 텍스트 프롬프트(IP-TXT)     | IP-TXT   | true
        I-BENCH는 크다. 텍스트 프롬프트(I-TXT)       | I-TXT    | false
        xIPV-BENCH는 크다. 텍스트 프롬프트(IPV-TXT)  | IPV-TXT  | false
        IPV-TXT는 크다. 텍스트 프롬프트(IPV-TXT)     | IPV-TXT  | false
        텍스트 프롬프트(IPV-TXT)                     | IPV-TXT  | false
        """)
    void aMemberOfAFamily(String text, String acronym, boolean expected) {
        assertEquals(expected, NamedThings.namesAMemberOfAFamily(text, text.lastIndexOf('('), acronym), text);
    }

    @Test
    void aMemberOfAFamilyIsLookedForOnlyIn400CharsBeforeTheGroup() {
        String pad = "가".repeat(400 - "IPV-".length());
        String near = "IPV-" + pad + "(IPV-TXT)";
        String far = "IPV-" + pad + "가(IPV-TXT)";
        assertEquals(true, NamedThings.namesAMemberOfAFamily(near, near.indexOf('('), "IPV-TXT"));
        assertEquals(false, NamedThings.namesAMemberOfAFamily(far, far.indexOf('('), "IPV-TXT"));
    }
}
