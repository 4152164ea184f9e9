import { describe, expect, it } from "vitest";
import { STAGES } from "../framework/types";
import { levelOf, NO_ANSWER, NOT_APPLICABLE, valueOfLevel } from "./levels";

describe("answer levels", () => {
  it("maps each stage to its index and back", () => {
    STAGES.forEach((stage, index) => {
      expect(levelOf(stage)).toBe(index);
      expect(valueOfLevel(index)).toBe(stage);
    });
  });

  it("reads anything but a stage as no answer", () => {
    for (const value of ["not_applicable", "unknown", "Optimal", "", null, undefined, 2]) expect(levelOf(value)).toBe(NO_ANSWER);
  });

  it("gives N/A and no answer their values", () => {
    expect(valueOfLevel(NOT_APPLICABLE)).toBe("not_applicable");
    expect(valueOfLevel(NO_ANSWER)).toBeNull();
  });
});
