import { describe, expect, it } from "vitest";
import { answerWords, oneLetterTypo, sameAnswer, typoOf } from "./answer";
import { normalizeAnswer } from "./normalize";

describe("normalizeAnswer", () => {
  it("reads an abbreviation written with dots or spaces as one word", () => {
    expect(normalizeAnswer("I.S.I.S.")).toBe("isis");
    expect(normalizeAnswer("A.Q.I.M.")).toBe("aqim");
    expect(normalizeAnswer("I S I S")).toBe("isis");
  });
  it("leaves single-letter words among longer ones alone", () => {
    expect(normalizeAnswer("a cell in Brussels")).toBe("cell in brussels");
    expect(normalizeAnswer("plan B")).toBe("plan b");
  });
});

describe("sameAnswer", () => {
  it("reads every common way of writing a month and year as the same date", () => {
    for (const t of ["July 2015", "july 2015", "Jul. 2015", "07/2015", "7/2015", "7-2015", "2015 July", "July of 2015"])
      expect(sameAnswer(t, "July 2015"), t).toBe(true);
  });
  it("reads every common way of writing a month and day as the same date", () => {
    for (const t of ["September 11", "11 September", "Sept. 11th", "Sep 11", "9/11", "11th of September"])
      expect(sameAnswer(t, "September 11"), t).toBe(true);
  });

  it("reads a numeric date day first or month first, and accepts it when either reading matches", () => {
    for (const t of ["11/09/2001", "09/11/2001", "11.9.2001", "9/11/2001"])
      expect(sameAnswer(t, "September 11, 2001"), t).toBe(true);
    expect(sameAnswer("11/9", "September 11")).toBe(true);
    for (const t of ["11/10/2001", "10/11/2001", "12/09/2001", "11/09/2002"])
      expect(sameAnswer(t, "September 11, 2001"), t).toBe(false);
  });
  it("keeps every number exact", () => {
    const pairs: Array<[string, string]> = [
      ["July 2016", "July 2015"],
      ["June 2015", "July 2015"],
      ["08/2015", "July 2015"],
      ["September 12", "September 11"],
      ["September 1", "September 11"],
      ["9/12", "9/11"],
      ["8/11", "September 11"],
    ];
    for (const [given, key] of pairs) expect(sameAnswer(given, key), given).toBe(false);
  });
  it("drops 'the' anywhere and a leading preposition", () => {
    expect(sameAnswer("beaches in Ivory Coast", "beaches in the Ivory Coast")).toBe(true);
    expect(sameAnswer("in Ceuta", "Ceuta")).toBe(true);
    expect(sameAnswer("within Europe", "inside Europe")).toBe(true);
    expect(sameAnswer("outside Europe", "inside Europe")).toBe(false);
  });
  it("accepts, for a person, a title and a first name the article does not give", () => {
    const person = { person: true, surnameOnly: true };
    for (const t of ["Jacques Chirac", "President Jacques Chirac", "French President Chirac", "chirac"])
      expect(sameAnswer(t, "Chirac", person), t).toBe(true);
    expect(sameAnswer("CIA director Brennan", "Brennan", person)).toBe(true);
    expect(sameAnswer("Director John Brennan", "John Brennan", person)).toBe(true);
    expect(sameAnswer("Prime Minister Charles Michel", "Charles Michel", person)).toBe(true);
    expect(sameAnswer("Jacques Chirac", "Chirac")).toBe(false);
    expect(sameAnswer("Chirac Michel Brennan", "Chirac", person)).toBe(false);
    // Where the article gives the first name, another first name is wrong.
    expect(sameAnswer("Salah Belkaid", "Belkaid", { person: true, surnameOnly: false })).toBe(false);
  });
  it("never matches an empty accepted form", () => expect(sameAnswer("", "?!")).toBe(false));
});

describe("oneLetterTypo", () => {
  it("forgives one letter in a word of five or more letters", () => {
    expect(oneLetterTypo("belkiad", "belkaid")).toBe(true);
    expect(oneLetterTypo("belkad", "belkaid")).toBe(true);
    expect(oneLetterTypo("septmber 11", "september 11")).toBe(true);
    expect(oneLetterTypo("john brenan", "john brennan")).toBe(true);
  });
  it("never forgives a digit, a space, a short word or two typos", () => {
    expect(oneLetterTypo("july 2016", "july 2015")).toBe(false);
    expect(oneLetterTypo("jun 2015", "jul 2015")).toBe(false);
    expect(oneLetterTypo("johnbrennan", "john brennan")).toBe(false);
    expect(oneLetterTypo("isil", "isis")).toBe(false);
    expect(oneLetterTypo("bekiad", "belkaid")).toBe(false);
    expect(oneLetterTypo("belkaid", "belkaid")).toBe(false);
  });
  it("applies after the same folding as exact matching", () => {
    expect(typoOf("the beachs in Ivory Coast", "beaches in the Ivory Coast")).toBe(true);
    expect(answerWords("In the 11th", { dates: false })).toEqual(["11"]);
  });
});
