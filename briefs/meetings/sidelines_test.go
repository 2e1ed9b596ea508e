package meetings

import "testing"

// TestNotPartySidelines: the host of a gathering on whose sidelines a
// meeting is held is no party of it (parties.not-reason sidelines).
func TestNotPartySidelines(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"a bloc's gathering", "MONTEVIDEO, June 29 - Brazil's President Luiz Inacio Lula da Silva held talks with Argentina's Javier Milei on Monday on the sidelines of a Mercosur gathering in Montevideo.", []string{"Luiz Inacio Lula da Silva", "Javier Milei"}},
		{"a group's gathering", "RIO DE JANEIRO, June 29 - Chinese Premier Li Qiang held talks with Canadian Prime Minister Mark Carney on Sunday on the sidelines of a G20 gathering in Rio.", []string{"Li Qiang", "Mark Carney"}},
		{"an organisation's event", "LONDON, June 29 - Nigerian President Bola Tinubu met Ghana's John Mahama on the sidelines of a Commonwealth event in London on Monday.", []string{"Bola Tinubu", "John Mahama"}},
	} {
		t.Run(c.name, func(t *testing.T) { checkLastParties(t, c.text, c.want) })
	}
}
